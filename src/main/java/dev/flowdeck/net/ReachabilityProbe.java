package dev.flowdeck.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * TCP connect and TLS handshake to every address at once, each with its own short timeout, so a
 * verdict never takes longer than the slowest single probe. TLS checks the certificate against the
 * host name with the connection's own trust — never with checks turned off.
 */
public final class ReachabilityProbe {
    private static final ExecutorService PROBES = Executors.newCachedThreadPool(daemon());

    private final TlsTrust trust;
    private final Duration connectTimeout;
    private final Duration tlsTimeout;

    public ReachabilityProbe(TlsTrust trust, Duration connectTimeout, Duration tlsTimeout) {
        this.trust = trust;
        this.connectTimeout = connectTimeout;
        this.tlsTimeout = tlsTimeout;
    }

    public List<ProbeResult> probeAll(String host, int port, List<String> addresses, boolean https) {
        List<CompletableFuture<ProbeResult>> running = addresses.stream()
                .map(a -> CompletableFuture.supplyAsync(() -> probe(host, port, a, https), PROBES)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    public ProbeResult probe(String host, int port, String address, boolean https) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(IpLiteral.parse(address).orElseThrow(), port), (int) connectTimeout.toMillis());
            } catch (SocketTimeoutException e) {
                return new ProbeResult(address, port, false, ms(start), "no answer in " + connectTimeout.toMillis() + " ms (connect timed out)",
                        null, null, null, ProbeResult.Outcome.TIMED_OUT);
            } catch (IOException e) {
                return tcpFailed(address, port, start, e);
            }
            long connectMs = ms(start);
            if (!https) {
                return new ProbeResult(address, port, true, connectMs, null, null, null, null, ProbeResult.Outcome.OK);
            }
            return handshake(socket, host, port, address, connectMs);
        } catch (IOException e) {
            return tcpFailed(address, port, start, e);
        }
    }

    private ProbeResult handshake(Socket socket, String host, int port, String address, long connectMs) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.trustManagers(), null);
            socket.setSoTimeout((int) tlsTimeout.toMillis());
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, false)) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!IpLiteral.isLiteral(host)) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                return new ProbeResult(address, port, true, connectMs, null, tls.getSession().getProtocol(), true, null,
                        ProbeResult.Outcome.OK);
            }
        } catch (SSLHandshakeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("No subject alternative") || why.contains("No name matching")) {
                return new ProbeResult(address, port, true, connectMs, null, null, false,
                        "the certificate does not match " + host, ProbeResult.Outcome.NAME_MISMATCH);
            }
            if (why.contains("PKIX")) {
                return new ProbeResult(address, port, true, connectMs, null, null, null,
                        "the certificate is not trusted (" + host + ")", ProbeResult.Outcome.UNTRUSTED);
            }
            return tlsFailed(address, port, connectMs, why);
        } catch (SocketTimeoutException e) {
            if (answersPlainHttp(host, port, address)) {
                return tlsFailed(address, port, connectMs, "plaintext");
            }
            return new ProbeResult(address, port, true, connectMs, null, null, null,
                    "no TLS answer in " + tlsTimeout.toMillis() + " ms", ProbeResult.Outcome.TLS_FAILED);
        } catch (IOException | GeneralSecurityException e) {
            return tlsFailed(address, port, connectMs, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A second look after a silent handshake: some plain HTTP servers wait for a request line and never
     * answer a TLS hello, so ask them in plain HTTP whether that is what they speak.
     */
    private boolean answersPlainHttp(String host, int port, String address) {
        try (Socket socket = new Socket()) {
            int timeout = (int) Math.max(200, tlsTimeout.toMillis() / 2);
            socket.connect(new InetSocketAddress(IpLiteral.parse(address).orElseThrow(), port), (int) connectTimeout.toMillis());
            socket.setSoTimeout(timeout);
            socket.getOutputStream().write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] start = socket.getInputStream().readNBytes(5);
            return new String(start, StandardCharsets.US_ASCII).equals("HTTP/");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ProbeResult tlsFailed(String address, int port, long connectMs, String why) {
        if (why.contains("Unsupported or unrecognized SSL message") || why.contains("plaintext")) {
            return new ProbeResult(address, port, true, connectMs, null, null, null,
                    "answered without TLS (plain HTTP?)", ProbeResult.Outcome.NOT_TLS);
        }
        return new ProbeResult(address, port, true, connectMs, null, null, null, "TLS handshake failed: " + why,
                ProbeResult.Outcome.TLS_FAILED);
    }

    private static ProbeResult tcpFailed(String address, int port, long start, IOException e) {
        String why = String.valueOf(e.getMessage());
        boolean refused = why.contains("refused");
        return new ProbeResult(address, port, false, ms(start), refused ? "connection refused (nothing listens on that port)" : why,
                null, null, null, refused ? ProbeResult.Outcome.REFUSED : ProbeResult.Outcome.TCP_FAILED);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "flowdeck-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package dev.flowdeck.net;

import java.io.IOException;
import java.net.InetSocketAddress;
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

    public Duration connectTimeout() {
        return connectTimeout;
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
                return new ProbeResult(address, port, false, ms(start), "no answer in " + connectTimeout.toMillis() + " ms (connect timed out)", null, null, null);
            } catch (IOException e) {
                return new ProbeResult(address, port, false, ms(start), tcpFailure(e), null, null, null);
            }
            long connectMs = ms(start);
            if (!https) {
                return new ProbeResult(address, port, true, connectMs, null, null, null, null);
            }
            return handshake(socket, host, port, address, connectMs);
        } catch (IOException e) {
            return new ProbeResult(address, port, false, ms(start), tcpFailure(e), null, null, null);
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
                return new ProbeResult(address, port, true, connectMs, null, tls.getSession().getProtocol(), true, null);
            }
        } catch (SSLHandshakeException e) {
            String why = String.valueOf(e.getMessage());
            boolean nameMismatch = why.contains("No subject alternative") || why.contains("No name matching");
            String text = nameMismatch ? "the certificate does not match " + host
                    : why.contains("PKIX") ? "the certificate is not trusted (" + host + ")" : "TLS handshake failed: " + why;
            return new ProbeResult(address, port, true, connectMs, null, null, nameMismatch ? false : null, text);
        } catch (SocketTimeoutException e) {
            return new ProbeResult(address, port, true, connectMs, null, null, null,
                    "TLS: no answer in " + tlsTimeout.toMillis() + " ms");
        } catch (IOException | GeneralSecurityException e) {
            return new ProbeResult(address, port, true, connectMs, null, null, null, "TLS failed: " + e.getMessage());
        }
    }

    private static String tcpFailure(IOException e) {
        String why = String.valueOf(e.getMessage());
        return why.contains("refused") ? "connection refused (nothing listens on that port)" : why;
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

package dev.flowdeck.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded backend: a real HTTP(S) server on loopback that speaks MediaConnect's wire protocol
 * for one region, listening on several addresses at one port so that each address can play a part
 * (an endpoint ENI in one AZ, another in the next).
 */
public final class MockBackend implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MockBackend.class);

    static {
        // Without it every keep-alive call pays Nagle + delayed ACK (~45 ms); must precede the server classes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String region;
    private final FlowStore store;
    private final MediaConnectApi mediaConnect;
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private int port;

    public MockBackend(String region, FlowStore store) {
        this.region = region;
        this.store = store;
        this.mediaConnect = new MediaConnectApi(store);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mock-backend-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A backend holding the demo's flows for the region, settling transitions after {@code settle}. */
    public static MockBackend withDemoFlows(String region, Clock clock, Duration settle) {
        FlowStore store = new FlowStore(clock, settle);
        DemoFlows.forRegion(region).forEach(store::add);
        return new MockBackend(region, store);
    }

    /**
     * Listens on every address at the same port (0: any free port, chosen by the first bind).
     * Throws BindException when an address cannot be bound; nothing stays open then.
     */
    public MockBackend start(List<String> addresses, int requestedPort, SSLContext tls) throws IOException {
        try {
            int chosen = requestedPort;
            for (String address : addresses) {
                HttpServer server = create(new InetSocketAddress(InetAddress.getByName(address), chosen), tls);
                server.createContext("/", this::serve);
                server.setExecutor(executor);
                server.start();
                servers.add(server);
                chosen = server.getAddress().getPort();
            }
            port = chosen;
            LOG.info("Mock backend for {} listening on {} port {} ({})", region, addresses, port, tls == null ? "http" : "https");
            return this;
        } catch (BindException e) {
            close();
            throw e;
        } catch (IOException | RuntimeException e) {
            close();
            BindException bind = new BindException("Cannot listen on " + addresses + ": " + e.getMessage());
            bind.initCause(e);
            throw bind;
        }
    }

    public MockBackend start(List<String> addresses, int requestedPort) throws IOException {
        return start(addresses, requestedPort, null);
    }

    private static HttpServer create(InetSocketAddress address, SSLContext tls) throws IOException {
        if (tls == null) {
            return HttpServer.create(address, 64);
        }
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    public int port() {
        return port;
    }

    public String region() {
        return region;
    }

    public FlowStore store() {
        return store;
    }

    public Faults faults() {
        return faults;
    }

    public RequestLog requests() {
        return requests;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String operation = MediaConnectApi.operationFor(method, rawPath);
        int status = 0;
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            if (operation == null) {
                throw new MockError(404, "NotFoundException", "No operation at " + method + " " + rawPath);
            }
            SigV4Scope.check(exchange.getRequestHeaders().getFirst("Authorization"), region, "mediaconnect");
            Fault fault = faults.take(operation).orElse(null);
            if (fault != null && applyFault(fault, exchange)) {
                status = fault.dropConnection() ? -1 : fault.status() > 0 ? fault.status() : 200;
                return;
            }
            MockResponse response = mediaConnect.handle(operation, rawPath, rawQuery);
            status = response.status();
            send(exchange, status, null, Json.MAPPER.writeValueAsBytes(response.body()));
        } catch (MockError e) {
            status = e.status;
            sendError(exchange, e.status, e.errorType, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Mock backend failed on {} {}", method, rawPath, e);
            status = 500;
            sendError(exchange, 500, "InternalServerErrorException", "Internal failure in the demo backend.");
        } finally {
            requests.add(new RequestLog.Entry(operation, method, rawPath, rawQuery,
                    exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getLocalAddress().getAddress().getHostAddress(),
                    exchange.getRemoteAddress().getAddress().getHostAddress(), status));
        }
    }

    /** Applies an injected fault; true when it answered (or dropped) the request itself. */
    private boolean applyFault(Fault fault, HttpExchange exchange) throws IOException {
        if (!fault.delay().isZero()) {
            try {
                Thread.sleep(fault.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.dropConnection()) {
            // Closing before any response line: the client sees the connection end with no answer.
            exchange.close();
            return true;
        }
        if (fault.status() > 0) {
            String message = fault.status() == 429 ? "Too many requests, please try again later." : "Internal failure.";
            sendError(exchange, fault.status(), fault.errorType(), message);
            return true;
        }
        if (fault.malformedBody()) {
            send(exchange, 200, null, "{\"flows\": [ {\"name\": ".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        return false;
    }

    private static void sendError(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] body = Json.MAPPER.writeValueAsBytes(Json.object().put("message", message));
        send(exchange, status, type, body);
    }

    private static void send(HttpExchange exchange, int status, String errorType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        servers.clear();
        executor.shutdownNow();
    }
}

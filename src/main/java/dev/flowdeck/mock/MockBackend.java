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
import java.util.Map;
import java.util.Optional;
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
    private final Ec2Api ec2 = new Ec2Api(Ec2Data.empty());
    private final CloudWatchApi cloudWatch;
    private volatile IdentityCenterApi identityCenter =
            new IdentityCenterApi(Clock.systemUTC(), Duration.ofSeconds(3), Duration.ofHours(8));
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private int port;

    public MockBackend(String region, FlowStore store) {
        this(region, store, Clock.systemUTC());
    }

    public MockBackend(String region, FlowStore store, Clock clock) {
        this.region = region;
        this.store = store;
        this.mediaConnect = new MediaConnectApi(store, clock);
        this.cloudWatch = new CloudWatchApi(store, clock);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mock-backend-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads the demo data's classes and fixture ahead of time (start-up work done in parallel with other work). */
    public static void preload() {
        DemoFlows.forRegion("ap-northeast-1");
    }

    /** A backend holding the demo's flows for the region, settling transitions after {@code settle}. */
    public static MockBackend withDemoFlows(String region, Clock clock, Duration settle) {
        FlowStore store = new FlowStore(clock, settle);
        DemoFlows.forRegion(region).forEach(store::add);
        return new MockBackend(region, store, clock);
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

    /** Replaces what the backend's EC2 answers (VPC endpoints and their ENIs). */
    public MockBackend withEc2(Ec2Data data) {
        ec2.replace(data);
        return this;
    }

    /** Replaces the Identity Center the backend plays (tests: another clock or approval delay). */
    public MockBackend withIdentityCenter(IdentityCenterApi api) {
        identityCenter = api;
        return this;
    }

    public IdentityCenterApi identityCenter() {
        return identityCenter;
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
        String ssoOperation = IdentityCenterApi.operationFor(method, rawPath);
        Reply reply;
        boolean queryProtocol = operation == null && ssoOperation == null && method.equals("POST")
                && (rawPath.isEmpty() || rawPath.equals("/"));
        try (InputStream body = exchange.getRequestBody()) {
            String form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (ssoOperation != null) {
                operation = ssoOperation;
                reply = answerIdentityCenter(exchange, ssoOperation, form, rawQuery);
            } else if (queryProtocol) {
                Map<String, String> fields = MediaConnectApi.query(form);
                operation = Ec2Api.operationFor(fields);
                reply = answerEc2(exchange, operation, fields);
            } else {
                reply = answer(exchange, operation, method, rawPath, rawQuery);
            }
        } catch (IdentityCenterApi.OidcError e) {
            reply = Reply.oidcError(e.status, e.errorType, e.error, e.getMessage());
        } catch (MockError e) {
            reply = queryProtocol ? Reply.xmlError(e.status, e.errorType, e.getMessage())
                    : Reply.error(e.status, e.errorType, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Mock backend failed on {} {}", method, rawPath, e);
            reply = Reply.error(500, "InternalServerErrorException", "Internal failure in the demo backend.");
        }
        // Logged before answering, so a client that has its answer can rely on the log.
        requests.add(new RequestLog.Entry(operation, method, rawPath, rawQuery,
                exchange.getRequestHeaders().getFirst("Host"),
                exchange.getLocalAddress().getAddress().getHostAddress(),
                exchange.getRemoteAddress().getAddress().getHostAddress(), reply.status()));
        reply.writeTo(exchange);
    }

    private Reply answer(HttpExchange exchange, String operation, String method, String rawPath, String rawQuery)
            throws IOException {
        if (operation == null) {
            throw new MockError(404, "NotFoundException", "No operation at " + method + " " + rawPath);
        }
        SigV4Scope.check(exchange.getRequestHeaders().getFirst("Authorization"), region, "mediaconnect");
        Optional<Reply> injected = injected(operation, fault -> fault.status() == 403
                ? Reply.error(403, "ForbiddenException", "User is not authorized to perform: mediaconnect:" + operation)
                : Reply.error(fault.status(), fault.errorType(),
                        fault.status() == 429 ? "Too many requests, please try again later." : "Internal failure."));
        if (injected.isPresent()) {
            return injected.get();
        }
        MockResponse response = mediaConnect.handle(operation, rawPath, rawQuery);
        return new Reply(response.status(), null, Json.MAPPER.writeValueAsBytes(response.body()), "application/json");
    }

    /** Identity Center's portal and OIDC calls are not SigV4-signed: the portal takes a bearer token. */
    private Reply answerIdentityCenter(HttpExchange exchange, String operation, String body, String rawQuery) throws IOException {
        Optional<Reply> injected = injected(operation, fault -> Reply.error(fault.status(), fault.errorType(), "Injected failure."));
        if (injected.isPresent()) {
            return injected.get();
        }
        MockResponse response = identityCenter.handle(operation, body, MediaConnectApi.query(rawQuery),
                exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token"));
        return new Reply(response.status(), null, Json.MAPPER.writeValueAsBytes(response.body()), "application/json");
    }

    private Reply answerEc2(HttpExchange exchange, String operation, Map<String, String> form) {
        if (operation == null) {
            throw new MockError(400, "MissingAction", "The request must contain the parameter Action.");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if ("GetMetricData".equals(operation)) {
            SigV4Scope.check(authorization, region, "monitoring");
            Optional<Reply> injected = injected(operation, fault -> fault.status() == 403
                    ? Reply.xmlError(403, "AccessDenied", "User is not authorized to perform: cloudwatch:GetMetricData")
                    : Reply.xmlError(fault.status(), "InternalServiceError", "An internal error has occurred."));
            if (injected.isPresent()) {
                return injected.get();
            }
            return new Reply(200, null, cloudWatch.getMetricData(form).getBytes(StandardCharsets.UTF_8), "text/xml");
        }
        if (StsApi.handles(form)) {
            SigV4Scope.check(authorization, region, "sts");
            String key = SigV4Scope.accessKeyId(authorization).orElse(null);
            String body = "AssumeRole".equals(form.get("Action")) ? StsApi.assumeRole(form, java.time.Instant.now())
                    : StsApi.callerIdentity(key);
            return new Reply(200, null, body.getBytes(StandardCharsets.UTF_8), "text/xml");
        }
        SigV4Scope.check(authorization, region, "ec2");
        Optional<Reply> injected = injected(operation, fault -> fault.status() == 403
                ? Reply.xmlError(403, "UnauthorizedOperation", "You are not authorized to perform this operation. "
                        + "User: arn:aws:iam::123456789012:user/demo is not authorized to perform: ec2:" + operation)
                : Reply.xmlError(fault.status(), fault.status() == 503 ? "Unavailable" : "InternalError", "An internal error has occurred."));
        if (injected.isPresent()) {
            return injected.get();
        }
        return new Reply(200, null, ec2.handle(operation, form).getBytes(StandardCharsets.UTF_8), "text/xml;charset=UTF-8");
    }

    /**
     * The armed fault for this operation, applied: its delay first, then a dropped connection, an error
     * in the protocol's own shape ({@code errorReply}), or a malformed body. Empty: answer normally.
     */
    private Optional<Reply> injected(String operation, java.util.function.Function<Fault, Reply> errorReply) {
        Fault fault = faults.take(operation).orElse(null);
        if (fault == null) {
            return Optional.empty();
        }
        sleep(fault.delay());
        if (fault.dropConnection()) {
            return Optional.of(Reply.DROP);
        }
        if (fault.status() > 0) {
            return Optional.of(errorReply.apply(fault));
        }
        if (fault.malformedBody()) {
            return Optional.of(new Reply(200, null, "{\"flows\": [ {\"name\": ".getBytes(StandardCharsets.UTF_8), "application/json"));
        }
        return Optional.empty();
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What goes back on the wire: status, error type header, body — or a dropped connection. */
    private record Reply(int status, String errorType, byte[] body, String contentType) {
        static final Reply DROP = new Reply(-1, null, null, null);

        static Reply error(int status, String type, String message) {
            try {
                return new Reply(status, type, Json.MAPPER.writeValueAsBytes(Json.object().put("message", message)), "application/json");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply oidcError(int status, String type, String error, String description) {
            try {
                return new Reply(status, type, Json.MAPPER.writeValueAsBytes(Json.object().put("error", error)
                        .put("error_description", description)), "application/json");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply xmlError(int status, String code, String message) {
            return new Reply(status, null, Ec2Api.errorBody(code, message).getBytes(StandardCharsets.UTF_8), "text/xml;charset=UTF-8");
        }

        void writeTo(HttpExchange exchange) throws IOException {
            if (this == DROP) {
                // Closing before any response line: the client sees the connection end with no answer.
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            if (errorType != null) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        servers.clear();
        executor.shutdownNow();
    }
}

package dev.flowdeck.app;

import dev.flowdeck.aws.Connection;
import dev.flowdeck.mock.AddressPlan;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.Timeouts;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The offline demo: the embedded backend on the demo's loopback "ENI" addresses and a connection
 * that reaches it through the endpoint's vpce- name pinned to those addresses, exactly like a real
 * endpoint override — same SDK, same HTTP client, same call records.
 */
public final class DemoEnvironment implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);
    /** Demo keys: the backend accepts any key; these are not AWS credentials. */
    static final String DEMO_ACCESS_KEY = "AKIADEMOFLOWDECK0001";
    private static final String DEMO_SECRET = "demo-secret-not-an-aws-key";

    private final MockBackend backend;
    private final AddressPlan plan;
    private final String notice;

    private DemoEnvironment(MockBackend backend, AddressPlan plan, String notice) {
        this.backend = backend;
        this.plan = plan;
        this.notice = notice;
    }

    public static DemoEnvironment start(Duration settle) throws IOException {
        AddressPlan plan = AddressPlan.tokyoAfter();
        try {
            MockBackend backend = MockBackend.withDemoFlows(plan.region(), Clock.systemUTC(), settle)
                    .start(plan.addresses(), 0);
            return new DemoEnvironment(backend, plan, null);
        } catch (BindException e) {
            AddressPlan single = plan.onSingleAddress();
            LOG.warn("Could not bind {} ({}); the demo runs on 127.0.0.1", plan.addresses(), e.getMessage());
            MockBackend backend = MockBackend.withDemoFlows(plan.region(), Clock.systemUTC(), settle)
                    .start(single.addresses(), 0);
            return new DemoEnvironment(backend, single,
                    "Demo runs on 127.0.0.1 only: 127.0.0.2 and 127.0.0.3 could not be bound on this machine");
        }
    }

    public Connection connection() {
        EndpointUrl endpoint = EndpointUrl.loopbackDemo("http", plan.endpointHost(), backend.port());
        List<InetAddress> addresses = plan.addresses().stream().map(a -> IpLiteral.parse(a).orElseThrow()).toList();
        Map<String, String> roles = new LinkedHashMap<>();
        plan.roles().forEach(r -> roles.put(r.address(), r.label()));
        return new Connection("Demo · Tokyo (ap-northeast-1)", plan.region(), endpoint,
                Map.of(plan.endpointHost(), addresses), false, roles, Timeouts.defaults(), true);
    }

    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(DEMO_ACCESS_KEY, DEMO_SECRET));
    }

    public MockBackend backend() {
        return backend;
    }

    /** A note for the UI when the demo had to deviate from its address plan, else null. */
    public String notice() {
        return notice;
    }

    @Override
    public void close() {
        backend.close();
    }
}

package dev.flowdeck.app;

import dev.flowdeck.aws.Connection;
import dev.flowdeck.aws.SsoCredentialsProvider;
import dev.flowdeck.aws.SsoTokenCache;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.mock.IdentityCenterApi;
import java.nio.file.Files;
import dev.flowdeck.mock.AddressPlan;
import dev.flowdeck.mock.BlackHoleListener;
import dev.flowdeck.mock.DemoCertificate;
import dev.flowdeck.mock.Ec2Data;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The offline demo: the embedded backend serving HTTPS on the demo's loopback "ENI" addresses, a
 * black-holed "public" address, and a connection that reaches them exactly like a real one — same
 * SDK, same HTTP client, same resolver (names pinned), a certificate generated at start and trusted
 * by this connection only.
 */
public final class DemoEnvironment implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);
    /** Demo keys: the backend accepts any key; these are not AWS credentials. */
    static final String DEMO_ACCESS_KEY = "AKIADEMOFLOWDECK0001";
    private static final String DEMO_SECRET = "demo-secret-not-an-aws-key";

    private final DemoScenario scenario;
    private final AddressPlan plan;
    private final DemoCertificate certificate;
    private final MockBackend backend;
    private final BlackHoleListener publicEndpoint;
    private final String notice;
    private final SsoTokenCache tokenCache;
    /** The second region of the demo (the wall shows several connections at once), started when first asked for. */
    private MockBackend usEast1;
    public static final String IDENTITY_CENTER_NAME = "Demo (IAM Identity Center)";
    public static final String DEMO_SSO_SESSION = "flowdeck-demo";

    private DemoEnvironment(DemoScenario scenario, AddressPlan plan, DemoCertificate certificate, MockBackend backend,
                            BlackHoleListener publicEndpoint, String notice) {
        this.scenario = scenario;
        this.plan = plan;
        this.certificate = certificate;
        this.backend = backend;
        this.publicEndpoint = publicEndpoint;
        this.notice = notice;
        try {
            this.tokenCache = new SsoTokenCache(Files.createTempDirectory("flowdeck-demo-sso"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static DemoEnvironment start(DemoScenario scenario, Duration settle) throws IOException {
        AddressPlan plan = AddressPlan.tokyo();
        // Making the certificate and loading the flows each take a few hundred ms: do them side by side.
        CompletableFuture<DemoCertificate> making = CompletableFuture.supplyAsync(() -> DemoCertificate.forNames(plan.certificateNames()));
        MockBackend.preload();
        DemoCertificate certificate = making.join();
        try {
            return start(scenario, plan, certificate, settle, null);
        } catch (BindException e) {
            LOG.warn("Could not bind the demo's loopback addresses ({}); the demo runs on 127.0.0.1", e.getMessage());
            return start(scenario, AddressPlan.squeezedOntoOneAddress(), certificate, settle,
                    "Demo runs on 127.0.0.1 only: 127.0.0.2–127.0.0.4 could not be bound on this machine");
        }
    }

    public static DemoEnvironment start(Duration settle) throws IOException {
        return start(DemoScenario.AFTER, settle);
    }

    private static DemoEnvironment start(DemoScenario scenario, AddressPlan plan, DemoCertificate certificate,
                                         Duration settle, String notice) throws IOException {
        MockBackend backend = MockBackend.withDemoFlows(AddressPlan.REGION, Clock.systemUTC(), settle)
                .withEc2(Ec2Data.tokyo(scenario == DemoScenario.AFTER, plan.eniA(), plan.eniC()))
                .start(plan.eniAddresses(), 0, certificate.serverContext());
        BlackHoleListener hole;
        try {
            hole = new BlackHoleListener(plan.publicEndpoint(), plan.squeezed() ? 0 : backend.port());
        } catch (IOException e) {
            backend.close();
            throw e instanceof BindException ? e : new BindException(e.getMessage());
        }
        return new DemoEnvironment(scenario, plan, certificate, backend, hole, notice);
    }

    public Connection connection() {
        int port = backend.port();
        Map<String, List<InetAddress>> pins = new LinkedHashMap<>();
        List<InetAddress> enis = addresses(plan.eniAddresses());
        pins.put(AddressPlan.EC2_VPCE, enis);
        pins.put(AddressPlan.SSO_PORTAL, enis);
        pins.put(AddressPlan.SSO_OIDC, enis);
        pins.put(AddressPlan.STS, enis);
        pins.put(AddressPlan.CLOUDWATCH, enis);
        pins.put(AddressPlan.MEDIACONNECT_VPCE, enis);
        pins.put(plan.zonalName("a"), addresses(List.of(plan.eniA())));
        pins.put(plan.zonalName("c"), addresses(List.of(plan.eniC())));
        EndpointUrl mediaConnect;
        if (scenario == DemoScenario.AFTER) {
            mediaConnect = EndpointUrl.loopbackDemo("https", AddressPlan.MEDIACONNECT_VPCE, port);
        } else {
            // Before the endpoint exists the service's own name answers with a public address that never connects.
            pins.put(AddressPlan.PUBLIC_NAME, addresses(List.of(plan.publicEndpoint())));
            mediaConnect = EndpointUrl.loopbackDemo("https", AddressPlan.PUBLIC_NAME, publicEndpoint.port());
        }
        String name = "Demo · Tokyo (" + AddressPlan.REGION + ") · " + (scenario == DemoScenario.AFTER
                ? "via interface endpoint" : "before the interface endpoint");
        Map<String, EndpointUrl> endpoints = Map.of(
                Connection.MEDIACONNECT, mediaConnect,
                Connection.EC2, EndpointUrl.loopbackDemo("https", AddressPlan.EC2_VPCE, port),
                Connection.SSO_PORTAL, EndpointUrl.loopbackDemo("https", AddressPlan.SSO_PORTAL, port),
                Connection.SSO_OIDC, EndpointUrl.loopbackDemo("https", AddressPlan.SSO_OIDC, port),
                Connection.STS, EndpointUrl.loopbackDemo("https", AddressPlan.STS, port),
                Connection.CLOUDWATCH, EndpointUrl.loopbackDemo("https", AddressPlan.CLOUDWATCH, port));
        return new Connection(name, AddressPlan.REGION, endpoints, pins, null, false, plan.roles(),
                Timeouts.defaults(), TlsTrust.only(certificate.certificate()), null, true);
    }

    /** The profile the "Demo (IAM Identity Center)" connection plays: an sso-session profile. */
    public ProfileInfo identityCenterProfile(String accountId, String roleName) {
        return new ProfileInfo(IDENTITY_CENTER_NAME, ProfileInfo.Kind.SSO_SESSION, AddressPlan.REGION, null, DEMO_SSO_SESSION,
                IdentityCenterApi.START_URL, AddressPlan.SSO_REGION, accountId, roleName, null, null);
    }

    /**
     * "Demo (IAM Identity Center)": the same demo network, with credentials from a device-flow
     * sign-in against the backend's Identity Center, cached like the CLI does — in a folder of the
     * demo's own, never the user's real ~/.aws.
     */
    public ConnectionSetup identityCenterSetup(String accountId, String roleName) {
        ProfileInfo profile = identityCenterProfile(accountId, roleName);
        Connection connection = connection().named(IDENTITY_CENTER_NAME + " · " + accountId + " / " + roleName);
        return new ConnectionSetup(connection, session -> new SsoCredentialsProvider(tokenCache, DEMO_SSO_SESSION,
                null, accountId, roleName, () -> session.ssoPortal(AddressPlan.SSO_REGION), Clock.systemUTC()),
                profile, List.of(new EffectiveValue("credentials", "IAM Identity Center (demo)", "FlowDeck demo"),
                new EffectiveValue("sso_start_url", IdentityCenterApi.START_URL, "FlowDeck demo"),
                new EffectiveValue("account / role", accountId + " / " + roleName, "FlowDeck demo")), this, notice);
    }

    public SsoTokenCache tokenCache() {
        return tokenCache;
    }

    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(DEMO_ACCESS_KEY, DEMO_SECRET));
    }

    public MockBackend backend() {
        return backend;
    }

    public DemoScenario scenario() {
        return scenario;
    }

    /** A note for the UI when the demo had to deviate from its address plan, else null. */
    public String notice() {
        return notice;
    }

    /**
     * A second demo connection, to N. Virginia: its own backend (own flows, own SigV4 region) on the same
     * loopback addresses and names, another port. For the wall's several-connections view.
     */
    public synchronized Connection usEast1Connection() throws IOException {
        if (usEast1 == null) {
            usEast1 = MockBackend.withDemoFlows(US_EAST_1, Clock.systemUTC(), Duration.ofSeconds(4))
                    .start(plan.eniAddresses(), 0, certificate.serverContext());
        }
        Connection tokyo = connection();
        Map<String, EndpointUrl> endpoints = Map.of(
                Connection.MEDIACONNECT, EndpointUrl.loopbackDemo("https", AddressPlan.MEDIACONNECT_VPCE, usEast1.port()),
                Connection.CLOUDWATCH, EndpointUrl.loopbackDemo("https", AddressPlan.CLOUDWATCH, usEast1.port()),
                Connection.STS, EndpointUrl.loopbackDemo("https", AddressPlan.STS, usEast1.port()));
        // The same loopback ENIs play N. Virginia's endpoint here: name them for this region.
        Map<String, dev.flowdeck.domain.AddressRole> roles = new LinkedHashMap<>();
        tokyo.addressRoles().forEach((ip, role) -> roles.put(ip, new dev.flowdeck.domain.AddressRole(role.kind(),
                role.label().replace(AddressPlan.REGION + "a", US_EAST_1 + "a").replace(AddressPlan.REGION + "c", US_EAST_1 + "b"))));
        return new Connection(US_EAST_1_NAME, US_EAST_1, endpoints, tokyo.pins(), null, false, roles, tokyo.timeouts(), tokyo.trust(),
                null, true);
    }

    public static final String US_EAST_1 = "us-east-1";
    public static final String US_EAST_1_NAME = "Demo · N. Virginia (" + US_EAST_1 + ")";

    @Override
    public void close() {
        backend.close();
        synchronized (this) {
            if (usEast1 != null) {
                usEast1.close();
            }
        }
        try (var files = Files.walk(tokenCache.fileFor("x").getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Removing the demo token cache", e);
        }
        try {
            publicEndpoint.close();
        } catch (IOException e) {
            LOG.debug("Closing the black hole listener", e);
        }
    }

    private static List<InetAddress> addresses(List<String> texts) {
        return texts.stream().map(a -> IpLiteral.parse(a).orElseThrow()).toList();
    }
}

package dev.flowdeck.aws;

import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.DnsClient;
import dev.flowdeck.net.HostResolver;
import dev.flowdeck.net.BudgetInterceptor;
import dev.flowdeck.net.InstrumentedHttp;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.net.JvmDnsCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.flowdeck.net.PathClassifier;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.SsoClientBuilder;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClientBuilder;

/**
 * The SDK clients of one connection, all sharing one instrumented HTTP client and one resolver.
 * Credentials are always given explicitly: the SDK's default chain (and its instance-metadata
 * probe) is never used.
 */
public final class AwsSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AwsSession.class);
    private final Connection connection;
    private final HostResolver resolver;
    private final PathClassifier classifier;
    private final InstrumentedHttp http;
    private final AwsCredentialsProvider credentials;
    private final RequestBudget budget;
    private MediaConnectClient mediaConnect;
    private Ec2Client ec2;
    private StsClient sts;
    private software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch;
    private final Map<String, SsoClient> portals = new HashMap<>();
    private final Map<String, SsoOidcClient> oidcs = new HashMap<>();
    private final java.util.List<AutoCloseable> extraClients = new java.util.ArrayList<>();

    public AwsSession(Connection connection, AwsCredentialsProvider credentials, CallLog log) {
        this(connection, session -> credentials, log);
    }

    public AwsSession(Connection connection, Function<AwsSession, AwsCredentialsProvider> credentialsFactory, CallLog log) {
        this(connection, credentialsFactory, log, RequestBudget.defaults());
    }

    /**
     * For credentials that need this session's own clients (IAM Identity Center's portal, STS for a
     * role): every call they make is instrumented and uses the connection's overrides too.
     */
    public AwsSession(Connection connection, Function<AwsSession, AwsCredentialsProvider> credentialsFactory, CallLog log,
                      RequestBudget budget) {
        this.connection = connection;
        this.budget = budget;
        DnsClient dns = connection.dnsServer() == null ? null
                : new DnsClient(connection.dnsServer(), Duration.ofSeconds(2), Clock.systemUTC());
        this.resolver = new HostResolver(connection.pins(), dns, connection.systemResolver());
        this.classifier = new PathClassifier(connection.addressRoles());
        this.http = new InstrumentedHttp(resolver, log, classifier, connection.timeouts(), connection.trust(),
                connection.proxy());
        this.credentials = credentialsFactory.apply(this);
        LOG.info("{}: names resolve through {}; {}", connection.name(),
                dns == null ? (connection.systemResolver() ? "pins, then the system resolver" : "pins only") : "pins, then DNS " + dns.serverText(),
                JvmDnsCache.describe() + (dns == null ? "" : "; FlowDeck's DNS cache: " + dns.cachePolicy()));
    }

    /** Built on first use (about half a second each): doctor before the endpoint never needs MediaConnect's. */
    public synchronized MediaConnectClient mediaConnect() {
        if (mediaConnect == null) {
            mediaConnect = buildMediaConnect();
        }
        return mediaConnect;
    }

    public synchronized Ec2Client ec2() {
        if (ec2 == null) {
            ec2 = buildEc2();
        }
        return ec2;
    }

    public synchronized StsClient sts() {
        if (sts == null) {
            StsClientBuilder b = StsClient.builder().region(Region.of(connection.region())).credentialsProvider(credentials)
                    .httpClient(http.httpClient()).overrideConfiguration(http.overrideConfiguration());
            override(b, Connection.STS);
            sts = b.build();
        }
        return sts;
    }

    /** CloudWatch (signal health) through its own endpoint override; CloudWatch has its own interface endpoint. */
    public synchronized software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch() {
        if (cloudWatch == null) {
            var b = software.amazon.awssdk.services.cloudwatch.CloudWatchClient.builder().region(Region.of(connection.region()))
                    .credentialsProvider(credentials).httpClient(http.httpClient()).overrideConfiguration(http.overrideConfiguration());
            override(b, Connection.CLOUDWATCH);
            cloudWatch = b.build();
        }
        return cloudWatch;
    }

    /** An STS client signing with other credentials (a role's source profile), on this session's HTTP client. */
    public synchronized StsClient stsWith(AwsCredentialsProvider source) {
        StsClientBuilder b = StsClient.builder().region(Region.of(connection.region())).credentialsProvider(source)
                .httpClient(http.httpClient()).overrideConfiguration(http.overrideConfiguration());
        override(b, Connection.STS);
        StsClient client = b.build();
        extraClients.add(client);
        return client;
    }

    /** The IAM Identity Center portal of {@code ssoRegion}; its calls are bearer-token calls, not signed. */
    public synchronized SsoClient ssoPortal(String ssoRegion) {
        return portals.computeIfAbsent(ssoRegion, r -> {
            SsoClientBuilder b = SsoClient.builder().region(Region.of(r)).credentialsProvider(AnonymousCredentialsProvider.create())
                    .httpClient(http.httpClient()).overrideConfiguration(http.overrideConfiguration());
            override(b, Connection.SSO_PORTAL);
            return b.build();
        });
    }

    public synchronized SsoOidcClient ssoOidc(String ssoRegion) {
        return oidcs.computeIfAbsent(ssoRegion, r -> {
            SsoOidcClientBuilder b = SsoOidcClient.builder().region(Region.of(r)).credentialsProvider(AnonymousCredentialsProvider.create())
                    .httpClient(http.httpClient()).overrideConfiguration(http.overrideConfiguration());
            override(b, Connection.SSO_OIDC);
            return b.build();
        });
    }

    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    private void override(software.amazon.awssdk.core.client.builder.SdkClientBuilder<?, ?> builder, String service) {
        if (connection.endpoint(service) != null) {
            builder.endpointOverride(connection.endpoint(service).uri());
        }
    }

    private MediaConnectClient buildMediaConnect() {
        // Only MediaConnect calls count against the shared budget: its limits are account-wide.
        MediaConnectClientBuilder mc = MediaConnectClient.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(credentials)
                .httpClient(http.httpClient())
                .overrideConfiguration(http.overrideConfiguration(List.of(new BudgetInterceptor(budget, connection.timeouts().call()))));
        if (connection.mediaConnectEndpoint() != null) {
            mc.endpointOverride(connection.mediaConnectEndpoint().uri());
        }
        return mc.build();
    }

    private Ec2Client buildEc2() {
        Ec2ClientBuilder ec2Builder = Ec2Client.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(credentials)
                .httpClient(http.httpClient())
                .overrideConfiguration(http.overrideConfiguration());
        if (connection.ec2Endpoint() != null) {
            ec2Builder.endpointOverride(connection.ec2Endpoint().uri());
        }
        return ec2Builder.build();
    }

    public HostResolver resolver() {
        return resolver;
    }

    public PathClassifier classifier() {
        return classifier;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        if (mediaConnect != null) {
            mediaConnect.close();
        }
        if (sts != null) {
            sts.close();
        }
        if (cloudWatch != null) {
            cloudWatch.close();
        }
        portals.values().forEach(SsoClient::close);
        oidcs.values().forEach(SsoOidcClient::close);
        for (AutoCloseable c : extraClients) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("Closing a client", e);
            }
        }
        if (ec2 != null) {
            ec2.close();
        }
        http.close();
    }
}

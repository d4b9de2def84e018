package dev.flowdeck.app;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.MediaConnectFlowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The composition root: chooses the demo or a real AWS connection from the command line and the
 * machine's AWS setup, and builds the services for it with plain constructors.
 */
public final class AppComposition {
    static final Duration DEMO_SETTLE = Duration.ofSeconds(4);

    private final ResourceBundle bundle;
    private final CallLog callLog;

    public AppComposition(ResourceBundle bundle, CallLog callLog) {
        this.bundle = bundle;
        this.callLog = callLog;
    }

    public AppServices build(Options options, AwsEnvironment aws) {
        if (options.demo() || !aws.configured()) {
            return demo();
        }
        return real(options, aws);
    }

    public AppServices demo() {
        try {
            DemoEnvironment demo = DemoEnvironment.start(DEMO_SETTLE);
            Connection connection = demo.connection();
            return assemble(connection, demo.credentials(), demo, demo.notice());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo backend could not start: " + e.getMessage(), e);
        }
    }

    private AppServices real(Options options, AwsEnvironment aws) {
        String profile = first(options.profile(), aws.get("AWS_PROFILE"), "default");
        String region = first(options.region(), aws.get("AWS_REGION"), aws.get("AWS_DEFAULT_REGION"), profileRegion(profile));
        if (region == null) {
            throw new IllegalStateException("No region: pass --region (e.g. --region ap-northeast-1) or set AWS_REGION.");
        }
        String typedEndpoint = first(options.endpoint(), aws.get("AWS_ENDPOINT_URL_MEDIACONNECT"), aws.get("AWS_ENDPOINT_URL"));
        EndpointUrl endpoint = typedEndpoint == null ? null : EndpointUrl.parse(typedEndpoint);
        Map<String, List<InetAddress>> pins = new LinkedHashMap<>();
        options.pins().forEach((host, ips) -> pins.put(host.toLowerCase(java.util.Locale.ROOT),
                ips.stream().map(ip -> IpLiteral.parse(ip.strip()).orElseThrow(() ->
                        new IllegalArgumentException("--pin " + host + ": \"" + ip + "\" is not an IP address"))).toList()));
        AwsCredentialsProvider credentials = aws.get("AWS_ACCESS_KEY_ID") != null && options.profile() == null
                ? EnvironmentVariableCredentialsProvider.create()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        Connection connection = new Connection("Profile " + profile + " · " + region, region, endpoint, pins, true,
                Map.of(), Timeouts.defaults(), false);
        return assemble(connection, credentials, null, null);
    }

    private AppServices assemble(Connection connection, AwsCredentialsProvider credentials, DemoEnvironment demo,
                                 String notice) {
        AwsSession session = new AwsSession(connection, credentials, callLog);
        ErrorMessages errors = new ErrorMessages(bundle, connection.region(), connection.endpointText());
        return new AppServices(connection, session, new MediaConnectFlowService(session.mediaConnect(), errors), demo, notice);
    }

    private static String profileRegion(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property("region")).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}

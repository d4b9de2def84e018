package dev.flowdeck.app;

import dev.flowdeck.aws.AwsProfiles;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import java.util.ArrayList;
import java.util.function.Function;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.ProxySettings;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Chooses the demo or a real AWS connection from the command line and the machine's AWS setup.
 * Bad values (an endpoint, a pin, a DNS server, a CA bundle) fail here with a message that says
 * what to type.
 */
public final class ConnectionFactory {
    static final Duration DEMO_SETTLE = Duration.ofSeconds(4);

    public ConnectionSetup create(Options options, AwsEnvironment aws) {
        return create(options, aws, Map.of());
    }

    /**
     * {@code saved}: a saved connection's own endpoint per service (CloudWatch, STS, the portal…); they come
     * before the AWS files, as the command line does for MediaConnect and EC2.
     */
    public ConnectionSetup create(Options options, AwsEnvironment aws, Map<String, String> saved) {
        if (options.demo() || (!aws.configured() && !options.asksForRealConnection())) {
            return demo(options.scenario());
        }
        return real(options, aws, saved);
    }

    public ConnectionSetup demo(DemoScenario scenario) {
        try {
            DemoEnvironment demo = DemoEnvironment.start(scenario, DEMO_SETTLE);
            return ConnectionSetup.fixed(demo.connection(), demo.credentials(), demo, demo.notice());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo backend could not start: " + e.getMessage(), e);
        }
    }

    private ConnectionSetup real(Options options, AwsEnvironment aws, Map<String, String> saved) {
        String profile = first(options.profile(), aws.get("AWS_PROFILE"), "default");
        String region = first(options.region(), aws.get("AWS_REGION"), aws.get("AWS_DEFAULT_REGION"), profileValue(profile, "region"));
        if (region == null) {
            throw new IllegalArgumentException("No region: pass --region (e.g. --region ap-northeast-1) or set AWS_REGION.");
        }
        // A value typed on the command line is used as typed: a blank one is an error, never "no override".
        AwsProfiles files = new AwsProfiles(aws.configFile(), aws.credentialsFile(), aws.env());
        java.util.function.Function<String, String> fromFiles = service -> saved.containsKey(service) ? saved.get(service)
                : aws.get("AWS_ACCESS_KEY_ID") != null && options.profile() == null
                ? first(aws.get("AWS_ENDPOINT_URL_" + (service.equals(Connection.CLOUDWATCH) ? "CLOUDWATCH"
                        : service.toUpperCase().replace('-', '_'))), aws.get("AWS_ENDPOINT_URL"))
                : files.endpointOverride(profile, service).orElse(null);
        EndpointUrl mediaConnect = endpoint(options.endpoint() != null ? options.endpoint() : fromFiles.apply(Connection.MEDIACONNECT));
        EndpointUrl ec2 = endpoint(options.ec2Endpoint() != null ? options.ec2Endpoint() : fromFiles.apply(Connection.EC2));
        java.util.Map<String, EndpointUrl> endpoints = new java.util.HashMap<>();
        if (mediaConnect != null) {
            endpoints.put(Connection.MEDIACONNECT, mediaConnect);
        }
        if (ec2 != null) {
            endpoints.put(Connection.EC2, ec2);
        }
        for (String service : List.of(Connection.STS, Connection.SSO_PORTAL, Connection.SSO_OIDC, Connection.CLOUDWATCH)) {
            EndpointUrl url = endpoint(fromFiles.apply(service));
            if (url != null) {
                endpoints.put(service, url);
            }
        }
        Map<String, List<InetAddress>> pins = new LinkedHashMap<>();
        options.pins().forEach((host, ips) -> pins.put(host.toLowerCase(Locale.ROOT), ips.stream().map(ip -> IpLiteral.parse(ip.strip())
                .orElseThrow(() -> new IllegalArgumentException("--pin " + host + ": \"" + ip + "\" is not an IP address"))).toList()));
        String bundle = first(options.caBundle(), aws.get("AWS_CA_BUNDLE"), profileValue(profile, "ca_bundle"));
        TlsTrust trust;
        try {
            trust = bundle == null ? TlsTrust.jdkDefaults() : TlsTrust.withBundle(Path.of(bundle));
        } catch (IOException e) {
            throw new IllegalArgumentException("CA bundle " + bundle + " cannot be used: " + e.getMessage());
        }
        boolean environmentKeys = aws.get("AWS_ACCESS_KEY_ID") != null && options.profile() == null;
        AwsProfiles profiles = new AwsProfiles(aws.configFile(), aws.credentialsFile(), aws.env());
        ProfileInfo info = environmentKeys ? null : profiles.profile(profile);
        if (info != null && !info.usable() && !(info.sso() && info.ssoStartUrl() != null && info.ssoRegion() != null)) {
            // Say what is wrong with the profile now, instead of an SDK error at the first call.
            throw new IllegalArgumentException("Profile " + profile + ": " + info.problem());
        }
        Function<AwsSession, AwsCredentialsProvider> credentials = environmentKeys ? session -> environmentKeys(aws)
                : ProfileCredentials.forProfile(info, profiles, aws);
        String name = (environmentKeys ? "Environment keys" : "Profile " + profile) + " · " + region;
        Connection connection = new Connection(name, region, endpoints, pins,
                dnsServer(options.dnsServer()), true, Map.of(), Timeouts.defaults(), trust,
                ProxySettings.fromEnvironment(aws.env()).orElse(null), false);
        List<EffectiveValue> effective = new ArrayList<>(environmentKeys ? List.of() : profiles.effective(profile));
        commandLine(effective, options);
        String notice = mediaConnect == null ? null : String.join("; ", mediaConnect.notices());
        if (info != null && !info.usable()) {
            notice = info.problem();
        }
        return new ConnectionSetup(connection, credentials, info, List.copyOf(effective), null, notice == null || notice.isBlank() ? null : notice);
    }

    /** Values typed on FlowDeck's command line win over the files; say so. */
    private static void commandLine(List<EffectiveValue> effective, Options options) {
        String[][] typed = {{"region", options.region()}, {"mediaconnect endpoint", options.endpoint()},
                {"ec2 endpoint", options.ec2Endpoint()}, {"ca_bundle", options.caBundle()}, {"dns server", options.dnsServer()}};
        for (String[] t : typed) {
            if (t[1] != null) {
                effective.removeIf(v -> v.setting().equals(t[0]));
                effective.add(new EffectiveValue(t[0], t[1], "FlowDeck command line"));
            }
        }
        options.pins().forEach((host, ips) -> effective.add(new EffectiveValue("pin " + host, String.join(", ", ips), "FlowDeck command line")));
    }

    /** The AWS_* key variables, read explicitly (never the SDK's default chain). */
    private static AwsCredentialsProvider environmentKeys(AwsEnvironment aws) {
        String key = aws.get("AWS_ACCESS_KEY_ID");
        String secret = aws.get("AWS_SECRET_ACCESS_KEY");
        if (secret == null) {
            throw new IllegalArgumentException("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both, or use --profile.");
        }
        String token = aws.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(key, secret)
                : AwsSessionCredentials.create(key, secret, token));
    }

    /** {@code IP[:PORT]} of a DNS server (port 53 when not given); never a name, which would need DNS itself. */
    static InetSocketAddress dnsServer(String text) {
        if (text == null) {
            return null;
        }
        String host = text.strip();
        int port = 53;
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(':') == colon) {
            try {
                port = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--dns-server " + text + ": the port must be a number, e.g. 10.213.0.2:53");
            }
            host = host.substring(0, colon);
        }
        InetAddress address = IpLiteral.parse(host).orElseThrow(() -> new IllegalArgumentException(
                "--dns-server " + text + ": give the server's IP address (and port), e.g. 10.213.0.2:53"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--dns-server " + text + ": the port must be 1..65535");
        }
        return new InetSocketAddress(address, port);
    }

    private static EndpointUrl endpoint(String typed) {
        return typed == null ? null : EndpointUrl.parse(typed);
    }

    private static String profileValue(String profile, String property) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property(property)).orElse(null);
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

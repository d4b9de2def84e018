package dev.flowdeck.support;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.MediaConnectFlowService;
import dev.flowdeck.ui.common.Messages;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Connections the way FlowDeck builds them, aimed at a loopback backend through pinned names. */
public final class TestConnections {
    public static final String VPCE = "vpce-0123456789abcdef0-abcdefgh.mediaconnect.us-east-1.vpce.amazonaws.com";
    public static final String TOKYO_VPCE = "vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";

    private TestConnections() {
    }

    public static ResourceBundle bundle() {
        return Messages.load(Locale.ENGLISH).bundle();
    }

    public static Messages messages() {
        return new Messages(bundle());
    }

    /** A connection whose endpoint is {@code http://host:port}, the host pinned to {@code addresses}. */
    public static Connection pinned(String host, int port, String region, List<String> addresses, Timeouts timeouts) {
        List<InetAddress> ips = addresses.stream().map(a -> IpLiteral.parse(a).orElseThrow()).toList();
        return new Connection("test", region, EndpointUrl.loopbackDemo("http", host, port), null, Map.of(host, ips), null,
                false, Map.of(), timeouts, TlsTrust.jdkDefaults(), null, true);
    }

    public static Connection pinned(String host, int port, String region, List<String> addresses) {
        return pinned(host, port, region, addresses, Timeouts.defaults());
    }

    public static AwsSession session(Connection connection, CallLog log) {
        return new AwsSession(connection, credentials(), log);
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATESTFLOWDECK0001", "test-secret-do-not-log"));
    }

    public static MediaConnectFlowService flows(AwsSession session) {
        Connection c = session.connection();
        return new MediaConnectFlowService(session::mediaConnect, new ErrorMessages(bundle(), c.region(), c.endpointText()));
    }
}

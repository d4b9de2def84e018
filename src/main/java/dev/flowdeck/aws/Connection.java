package dev.flowdeck.aws;

import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.Timeouts;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * What FlowDeck needs to reach MediaConnect: region, endpoint override, host pins and timeouts.
 * Holds no secrets: credentials are built from it by the composition root.
 *
 * @param systemResolver  false in the demo and tests, where only pinned names may resolve
 * @param addressRoles    address → role label ("endpoint ENI · ap-northeast-1a (demo)")
 */
public record Connection(String name, String region, EndpointUrl mediaConnectEndpoint,
                         Map<String, List<InetAddress>> pins, boolean systemResolver,
                         Map<String, String> addressRoles, Timeouts timeouts, boolean demo) {

    public String endpointText() {
        return mediaConnectEndpoint == null ? "regional default (mediaconnect." + region + ".amazonaws.com)"
                : mediaConnectEndpoint.toString();
    }
}

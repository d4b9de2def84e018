package dev.flowdeck.aws;

import dev.flowdeck.domain.AddressRole;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.ProxySettings;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * What FlowDeck needs to reach AWS: region, per-service endpoint overrides, host pins, an optional
 * DNS server, trust and timeouts. Holds no secrets: credentials are built from it by the
 * composition root.
 *
 * @param dnsServer      a DNS server to ask through dnsjava (null: the system resolver)
 * @param systemResolver false in the demo and tests, where only pinned names may resolve
 * @param addressRoles   address → what it is known to be ("endpoint ENI · ap-northeast-1a (demo)")
 * @param proxy          an HTTPS proxy with its NO_PROXY list, or null for direct connections
 */
public record Connection(String name, String region, EndpointUrl mediaConnectEndpoint, EndpointUrl ec2Endpoint,
                         Map<String, List<InetAddress>> pins, InetSocketAddress dnsServer, boolean systemResolver,
                         Map<String, AddressRole> addressRoles, Timeouts timeouts, TlsTrust trust, ProxySettings proxy,
                         boolean demo) {

    public String endpointText() {
        return mediaConnectEndpoint == null ? "regional default (" + defaultMediaConnectHost() + ")"
                : mediaConnectEndpoint.toString();
    }

    /** The host MediaConnect calls go to: the override's, else the regional service name. */
    public String mediaConnectHost() {
        return mediaConnectEndpoint == null ? defaultMediaConnectHost() : mediaConnectEndpoint.host();
    }

    public int mediaConnectPort() {
        return mediaConnectEndpoint == null ? 443 : mediaConnectEndpoint.effectivePort();
    }

    public String defaultMediaConnectHost() {
        return "mediaconnect." + region + ".amazonaws.com";
    }

    public Connection withMediaConnectEndpoint(EndpointUrl endpoint) {
        return new Connection(name, region, endpoint, ec2Endpoint, pins, dnsServer, systemResolver, addressRoles,
                timeouts, trust, proxy, demo);
    }
}

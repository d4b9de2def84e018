package dev.flowdeck.aws;

import dev.flowdeck.domain.AddressRole;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.ProxySettings;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What FlowDeck needs to reach AWS: region, per-service endpoint overrides, host pins, an optional
 * DNS server, proxy, trust and timeouts. Holds no secrets: credentials are built from it by the
 * composition root.
 *
 * @param endpoints      service → endpoint override; services: {@value #MEDIACONNECT}, {@value #EC2},
 *                       {@value #STS}, {@value #SSO_PORTAL}, {@value #SSO_OIDC}
 * @param dnsServer      a DNS server to ask through dnsjava (null: the system resolver)
 * @param systemResolver false in the demo and tests, where only pinned names may resolve
 * @param addressRoles   address → what it is known to be ("endpoint ENI · ap-northeast-1a (demo)")
 * @param proxy          an HTTPS proxy with its NO_PROXY list, or null for direct connections
 */
public record Connection(String name, String region, Map<String, EndpointUrl> endpoints,
                         Map<String, List<InetAddress>> pins, InetSocketAddress dnsServer, boolean systemResolver,
                         Map<String, AddressRole> addressRoles, Timeouts timeouts, TlsTrust trust, ProxySettings proxy,
                         boolean demo) {

    public static final String MEDIACONNECT = "mediaconnect";
    public static final String EC2 = "ec2";
    public static final String STS = "sts";
    public static final String SSO_PORTAL = "sso";
    public static final String SSO_OIDC = "sso-oidc";
    public static final String CLOUDWATCH = "monitoring";

    public Connection {
        endpoints = Map.copyOf(endpoints);
    }

    /** The common case: overrides for MediaConnect and EC2 only (either may be null). */
    public Connection(String name, String region, EndpointUrl mediaConnectEndpoint, EndpointUrl ec2Endpoint,
                      Map<String, List<InetAddress>> pins, InetSocketAddress dnsServer, boolean systemResolver,
                      Map<String, AddressRole> addressRoles, Timeouts timeouts, TlsTrust trust, ProxySettings proxy,
                      boolean demo) {
        this(name, region, overrides(mediaConnectEndpoint, ec2Endpoint), pins, dnsServer, systemResolver, addressRoles,
                timeouts, trust, proxy, demo);
    }

    private static Map<String, EndpointUrl> overrides(EndpointUrl mediaConnect, EndpointUrl ec2) {
        Map<String, EndpointUrl> map = new HashMap<>();
        if (mediaConnect != null) {
            map.put(MEDIACONNECT, mediaConnect);
        }
        if (ec2 != null) {
            map.put(EC2, ec2);
        }
        return map;
    }

    public EndpointUrl endpoint(String service) {
        return endpoints.get(service);
    }

    public EndpointUrl mediaConnectEndpoint() {
        return endpoints.get(MEDIACONNECT);
    }

    public EndpointUrl ec2Endpoint() {
        return endpoints.get(EC2);
    }

    public String endpointText() {
        return mediaConnectEndpoint() == null ? "regional default (" + defaultMediaConnectHost() + ")"
                : mediaConnectEndpoint().toString();
    }

    /** The host MediaConnect calls go to: the override's, else the regional service name. */
    public String mediaConnectHost() {
        return mediaConnectEndpoint() == null ? defaultMediaConnectHost() : mediaConnectEndpoint().host();
    }

    public int mediaConnectPort() {
        return mediaConnectEndpoint() == null ? 443 : mediaConnectEndpoint().effectivePort();
    }

    public String defaultMediaConnectHost() {
        return "mediaconnect." + region + ".amazonaws.com";
    }

    public Connection withMediaConnectEndpoint(EndpointUrl endpoint) {
        return withEndpoint(MEDIACONNECT, endpoint);
    }

    public Connection withEndpoint(String service, EndpointUrl endpoint) {
        Map<String, EndpointUrl> changed = new HashMap<>(endpoints);
        changed.put(service, endpoint);
        return new Connection(name, region, changed, pins, dnsServer, systemResolver, addressRoles, timeouts, trust, proxy, demo);
    }

    public Connection named(String newName) {
        return new Connection(newName, region, endpoints, pins, dnsServer, systemResolver, addressRoles, timeouts, trust, proxy, demo);
    }
}

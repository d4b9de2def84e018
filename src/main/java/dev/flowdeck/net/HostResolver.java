package dev.flowdeck.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FlowDeck's one way to turn a host name into addresses: pins first (a name fixed to ENI
 * addresses), address literals as they are, then the system resolver. Every connection the SDK
 * makes asks this, so what the call log shows is what was used.
 */
public final class HostResolver {
    private final Map<String, List<InetAddress>> pins;
    private final DnsClient dnsServer;
    private final boolean systemResolverAllowed;

    /**
     * @param dnsServer             a chosen DNS server asked through dnsjava, or null for the system resolver
     * @param systemResolverAllowed false in the demo and tests: an unpinned name is then refused
     *                              instead of leaving the machine through its resolver
     */
    public HostResolver(Map<String, List<InetAddress>> pins, DnsClient dnsServer, boolean systemResolverAllowed) {
        this.pins = pins.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
        this.dnsServer = dnsServer;
        this.systemResolverAllowed = systemResolverAllowed;
    }

    public HostResolver(Map<String, List<InetAddress>> pins, boolean systemResolverAllowed) {
        this(pins, null, systemResolverAllowed);
    }

    /** The chosen DNS server's client, or null when names go to the system resolver. */
    public DnsClient dnsServer() {
        return dnsServer;
    }

    public Resolution resolve(String host) throws UnknownHostException {
        long start = System.nanoTime();
        String name = host.toLowerCase(Locale.ROOT);
        List<InetAddress> pinned = pins.get(name);
        if (pinned != null) {
            return new Resolution(name, pinned, "pinned", elapsedMs(start));
        }
        var literal = IpLiteral.parse(name);
        if (literal.isPresent()) {
            return new Resolution(name, List.of(literal.get()), "address literal", elapsedMs(start));
        }
        if (dnsServer != null) {
            return dnsServer.resolve(name);
        }
        if (!systemResolverAllowed) {
            throw new UnknownHostException(host + " is not pinned, and this connection does not use the system resolver");
        }
        try {
            List<InetAddress> answers = List.of(InetAddress.getAllByName(name));
            return new Resolution(name, answers, "system resolver", elapsedMs(start));
        } catch (UnknownHostException e) {
            throw new UnknownHostException("DNS lookup failed for " + host + " (system resolver)");
        }
    }

    public boolean systemResolverAllowed() {
        return systemResolverAllowed;
    }

    public Map<String, List<InetAddress>> pins() {
        return pins;
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

package dev.flowdeck.net;

import dev.flowdeck.domain.PathVerdict;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;

/**
 * Labels the address a call really reached: an address with a known role (an endpoint ENI, from the
 * demo plan now and EC2's inventory later), loopback demo, another private address, or public.
 */
public final class PathClassifier {
    private final Map<String, String> knownRoles;

    /** @param knownRoles address → what it is, e.g. "endpoint ENI · ap-northeast-1a (demo)" */
    public PathClassifier(Map<String, String> knownRoles) {
        this.knownRoles = Map.copyOf(knownRoles);
    }

    public PathVerdict classify(String connectedAddress) {
        if (connectedAddress == null) {
            return PathVerdict.none();
        }
        Optional<InetAddress> address = IpLiteral.parse(connectedAddress);
        if (address.isEmpty()) {
            return new PathVerdict(PathVerdict.Kind.NONE, "unknown address " + connectedAddress);
        }
        String role = knownRoles.get(address.get().getHostAddress());
        return switch (AddressClass.of(address.get())) {
            case LOOPBACK -> new PathVerdict(PathVerdict.Kind.LOOPBACK_DEMO,
                    role == null ? "loopback demo" : "loopback demo · " + role);
            case PRIVATE -> new PathVerdict(PathVerdict.Kind.PRIVATE, role == null ? "private address" : "private · " + role);
            case PUBLIC -> new PathVerdict(PathVerdict.Kind.PUBLIC, "public address");
        };
    }
}

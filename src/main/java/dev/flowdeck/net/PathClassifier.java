package dev.flowdeck.net;

import dev.flowdeck.domain.AddressRole;
import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.domain.VpcEndpointInfo;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;

/**
 * Labels the address a call really reached: one of the endpoint's ENIs (joined with EC2's
 * inventory: which ENI, which AZ, which endpoint), an address with a declared role (the demo plan),
 * another private address, or a public one.
 */
public final class PathClassifier {
    private final Map<String, AddressRole> roles;
    private volatile EndpointInventory inventory = EndpointInventory.unavailable("not read yet");

    public PathClassifier(Map<String, AddressRole> roles) {
        this.roles = Map.copyOf(roles);
    }

    /** Called when the network check has read EC2's inventory; later calls are joined with it. */
    public void useInventory(EndpointInventory latest) {
        this.inventory = latest;
    }

    public PathVerdict classify(String connectedAddress) {
        if (connectedAddress == null) {
            return PathVerdict.none();
        }
        Optional<InetAddress> address = IpLiteral.parse(connectedAddress);
        if (address.isEmpty()) {
            return new PathVerdict(PathVerdict.Kind.NONE, "unknown address " + connectedAddress);
        }
        String text = address.get().getHostAddress();
        AddressClass where = AddressClass.of(address.get());
        Optional<EndpointInventory.EniMatch> eni = inventory.match(text);
        if (eni.isPresent()) {
            return where == AddressClass.LOOPBACK
                    ? new PathVerdict(PathVerdict.Kind.LOOPBACK_DEMO, eni.get().label().replaceFirst("^private", "demo"))
                    : new PathVerdict(PathVerdict.Kind.PRIVATE, eni.get().label());
        }
        AddressRole role = roles.get(text);
        if (role != null) {
            return new PathVerdict(role.kind(), role.label() + endpointExistsNote(role.kind()));
        }
        return switch (where) {
            case LOOPBACK -> new PathVerdict(PathVerdict.Kind.LOOPBACK_DEMO, "loopback");
            case PRIVATE -> new PathVerdict(PathVerdict.Kind.PRIVATE, "private address (not a known endpoint ENI)");
            case PUBLIC -> new PathVerdict(PathVerdict.Kind.PUBLIC, "public address" + endpointExistsNote(PathVerdict.Kind.PUBLIC));
        };
    }

    private String endpointExistsNote(PathVerdict.Kind kind) {
        if (kind != PathVerdict.Kind.PUBLIC) {
            return "";
        }
        return inventory.endpoints().stream().filter(VpcEndpointInfo::available).findFirst()
                .map(e -> " — while " + e.id() + " exists").orElse("");
    }
}

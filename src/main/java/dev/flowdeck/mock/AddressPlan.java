package dev.flowdeck.mock;

import java.util.List;
import java.util.Optional;

/**
 * The demo network: which loopback address plays which part of the Tokyo scenario. Labels shown
 * in the UI come from here, always marked as demo.
 */
public record AddressPlan(String endpointHost, String region, List<Role> roles) {

    /** One loopback address and the part it plays. */
    public record Role(String address, String eniId, String availabilityZone, String label) {
    }

    public static final String DEMO_VPCE_HOST = "vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";

    /** The Tokyo scenario after the interface endpoint exists: two ENIs in AZ a and c. */
    public static AddressPlan tokyoAfter() {
        return new AddressPlan(DEMO_VPCE_HOST, "ap-northeast-1", List.of(
                new Role("127.0.0.2", "eni-0f1e2d3c4b5a69788", "ap-northeast-1a", "endpoint ENI · ap-northeast-1a (demo)"),
                new Role("127.0.0.3", "eni-07a6b5c4d3e2f1099", "ap-northeast-1c", "endpoint ENI · ap-northeast-1c (demo)")));
    }

    /** The same plan squeezed onto 127.0.0.1 where other loopback addresses cannot be bound. */
    public AddressPlan onSingleAddress() {
        Role first = roles.get(0);
        return new AddressPlan(endpointHost, region, List.of(new Role("127.0.0.1", first.eniId(),
                first.availabilityZone(), first.label() + " — on 127.0.0.1: 127.0.0.2/3 could not be bound")));
    }

    public List<String> addresses() {
        return roles.stream().map(Role::address).toList();
    }

    public Optional<Role> roleOf(String address) {
        return roles.stream().filter(r -> r.address().equals(address)).findFirst();
    }
}

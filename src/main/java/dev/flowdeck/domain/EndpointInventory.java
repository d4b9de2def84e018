package dev.flowdeck.domain;

import java.util.List;
import java.util.Optional;

/**
 * The MediaConnect interface endpoints EC2 knows of. {@code problem} says why the inventory is
 * missing or partial (typically a missing ec2:Describe… permission); checks carry on without it.
 */
public record EndpointInventory(List<VpcEndpointInfo> endpoints, String problem) {

    public static EndpointInventory unavailable(String problem) {
        return new EndpointInventory(List.of(), problem);
    }

    public boolean known() {
        return problem == null;
    }

    /** The endpoint and ENI an address belongs to, if it is one of the endpoints' ENIs. */
    public Optional<EniMatch> match(String address) {
        for (VpcEndpointInfo endpoint : endpoints) {
            Optional<EndpointEni> eni = endpoint.eniWithAddress(address);
            if (eni.isPresent()) {
                return Optional.of(new EniMatch(endpoint, eni.get()));
            }
        }
        return Optional.empty();
    }

    public record EniMatch(VpcEndpointInfo endpoint, EndpointEni eni) {
        public String label() {
            return "private · " + eni.id() + " · " + eni.availabilityZone() + " · " + endpoint.id();
        }
    }
}

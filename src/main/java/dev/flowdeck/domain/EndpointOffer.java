package dev.flowdeck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What "use this endpoint" can offer for one endpoint: its regional name first, zonal names as
 * secondary choices labelled by AZ. A pending endpoint is shown but cannot be chosen.
 */
public record EndpointOffer(VpcEndpointInfo endpoint, List<Choice> choices, boolean choosable, String whyNot) {

    public record Choice(String dnsName, String label, boolean regional) {
    }

    /** Offers for the interface endpoints of {@code serviceName}; gateways and other services are left out. */
    public static List<EndpointOffer> offers(List<VpcEndpointInfo> endpoints, String serviceName) {
        List<EndpointOffer> offers = new ArrayList<>();
        for (VpcEndpointInfo e : endpoints) {
            if (!serviceName.equals(e.serviceName()) || !"Interface".equalsIgnoreCase(e.type())) {
                continue;
            }
            List<Choice> choices = new ArrayList<>();
            e.regionalName().ifPresent(n -> choices.add(new Choice(n, "regional (all AZs)", true)));
            for (Map.Entry<String, String> zonal : e.zonalNames().entrySet()) {
                choices.add(new Choice(zonal.getValue(), "zonal · " + zonal.getKey(), false));
            }
            boolean choosable = e.available() && !choices.isEmpty();
            String why = e.available() ? (choices.isEmpty() ? "no endpoint-specific DNS name" : null)
                    : "endpoint is " + e.state() + ", not available yet";
            offers.add(new EndpointOffer(e, List.copyOf(choices), choosable, why));
        }
        return offers;
    }
}

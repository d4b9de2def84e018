package dev.flowdeck.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An interface VPC endpoint as EC2 describes it, with its ENIs joined in. */
public record VpcEndpointInfo(String id, String serviceName, String type, String state, boolean privateDnsEnabled,
                              List<String> dnsNames, List<String> subnetIds, List<String> securityGroups,
                              String policy, List<EndpointEni> enis) {

    /** vpce-<id>-<suffix>[-<az>].<service>.<region>.vpce.amazonaws.com */
    private static final Pattern ENDPOINT_NAME =
            Pattern.compile("^vpce-[0-9a-f]+-[a-z0-9]+(?:-([a-z]{2}(?:-[a-z]+)+-\\d[a-z]))?\\.[a-z0-9.-]+\\.vpce\\.amazonaws\\.com$");

    public boolean available() {
        return "available".equalsIgnoreCase(state);
    }

    /** The regional endpoint-specific name, chosen by its shape, never by its position in the list. */
    public Optional<String> regionalName() {
        return dnsNames.stream().filter(n -> {
            Matcher m = ENDPOINT_NAME.matcher(n);
            return m.matches() && m.group(1) == null;
        }).findFirst();
    }

    /** AZ → zonal name. Wildcard names never appear. */
    public Map<String, String> zonalNames() {
        Map<String, String> zonal = new LinkedHashMap<>();
        dnsNames.stream().sorted().forEach(n -> {
            Matcher m = ENDPOINT_NAME.matcher(n);
            if (m.matches() && m.group(1) != null) {
                zonal.put(m.group(1), n);
            }
        });
        return zonal;
    }

    public Optional<EndpointEni> eniWithAddress(String address) {
        return enis.stream().filter(e -> e.privateIp().equals(address)).findFirst();
    }

    public List<String> availabilityZones() {
        return enis.stream().map(EndpointEni::availabilityZone).distinct().sorted().toList();
    }
}

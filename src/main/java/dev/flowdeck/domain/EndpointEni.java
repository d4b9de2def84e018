package dev.flowdeck.domain;

import java.util.List;

/** One network interface of a VPC endpoint: the address a private call really lands on. */
public record EndpointEni(String id, String privateIp, String availabilityZone, String subnetId,
                          List<String> securityGroups) {
}

package dev.flowdeck.domain;

import java.util.List;

/** A flow's VPC interface: where CDI, JPEG XS and VPC sources enter the flow. */
public record VpcInterfaceInfo(String name, List<String> networkInterfaceIds, String subnetId, List<String> securityGroupIds,
                               String type) {
}

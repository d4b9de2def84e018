package dev.flowdeck.domain;

import java.util.List;

/** Everything DescribeFlow says about a flow that FlowDeck shows. */
public record FlowDetail(String arn, String name, String status, String availabilityZone, String description,
                         String egressIp, List<SourceInfo> sources, FailoverInfo failover, List<OutputInfo> outputs,
                         List<EntitlementInfo> entitlements, List<String> messages, List<VpcInterfaceInfo> vpcInterfaces,
                         List<String> mediaStreams, MaintenanceInfo maintenance, String thumbnailState, String flowSize) {

    /** Thumbnails exist only while the flow is active and its source monitoring enables them. */
    public boolean thumbnailsPossible() {
        return statusKind() == FlowStatus.ACTIVE && "ENABLED".equals(thumbnailState);
    }

    public FlowStatus statusKind() {
        return FlowStatus.of(status);
    }

    public Arn parsedArn() {
        return Arn.parse(arn);
    }
}

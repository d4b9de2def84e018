package dev.flowdeck.domain;

import java.util.List;

/** Everything DescribeFlow says about a flow that FlowDeck shows. */
public record FlowDetail(String arn, String name, String status, String availabilityZone, String description,
                         String egressIp, List<SourceInfo> sources, FailoverInfo failover, List<OutputInfo> outputs,
                         List<EntitlementInfo> entitlements, List<String> messages) {

    public FlowStatus statusKind() {
        return FlowStatus.of(status);
    }

    public Arn parsedArn() {
        return Arn.parse(arn);
    }
}

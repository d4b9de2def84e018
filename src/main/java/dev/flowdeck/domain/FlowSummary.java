package dev.flowdeck.domain;

/** One row of ListFlows. {@code status} is the raw text the service sent. */
public record FlowSummary(String arn, String name, String status, String sourceType, String availabilityZone,
                          String description) {

    public FlowStatus statusKind() {
        return FlowStatus.of(status);
    }

    public String region() {
        return Arn.parse(arn).region();
    }
}

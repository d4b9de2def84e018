package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import java.util.List;

/** Reading flows only: what a read-only screen such as the NOC wall is given, so it cannot change anything. */
public interface FlowReader {

    /** Every flow of the region, all pages. */
    List<FlowSummary> listFlows();

    FlowDetail describeFlow(String flowArn);
}

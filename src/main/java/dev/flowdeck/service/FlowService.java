package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import java.util.List;

/** Reading and operating MediaConnect flows. Blocking calls: run them off the UI thread. */
public interface FlowService {

    /** Every flow of the region, all pages. */
    List<FlowSummary> listFlows();

    FlowDetail describeFlow(String flowArn);

    /** Asks the service to start the flow; returns the status it answered (STARTING). */
    String startFlow(String flowArn);

    /** Asks the service to stop the flow; returns the status it answered (STOPPING). */
    String stopFlow(String flowArn);
}

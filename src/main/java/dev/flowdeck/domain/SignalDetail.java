package dev.flowdeck.domain;

import java.util.List;
import java.util.Map;

/**
 * The flow on show, beyond its health verdict: the rest of the TR 101 290 priority-1 counters and each
 * output's connection and bitrate (series newest first). {@code problem} says why it is empty (as a health reason).
 */
public record SignalDetail(String flowArn, Map<String, List<Double>> transportStream, List<OutputSignal> outputs, FlowHealth problem) {

    /** One output's metrics, by its ARN. */
    public record OutputSignal(String name, String arn, List<Double> connected, List<Double> bitrate) {
    }

    public static SignalDetail unavailable(String flowArn, FlowHealth why) {
        return new SignalDetail(flowArn, Map.of(), List.of(), why);
    }
}

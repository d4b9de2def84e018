package dev.flowdeck.domain;

import java.util.List;
import java.util.Map;

/**
 * Whether the picture is really flowing, from the service's metrics: never "healthy" on ACTIVE alone.
 * {@code series} holds each metric's values, newest first.
 */
public record FlowHealth(State state, String reason, Map<String, List<Double>> series) {

    public enum State { HEALTHY, DEGRADED, NO_INPUT, UNKNOWN, NOT_RUNNING }

    public static FlowHealth unknown(String why) {
        return new FlowHealth(State.UNKNOWN, why, Map.of());
    }
}

package dev.flowdeck.domain;

import java.util.List;
import java.util.Map;

/**
 * Whether the picture is really flowing, from the service's metrics: never "healthy" on ACTIVE alone.
 * {@code reasonKey} and {@code reasonArgs} say why in the user's language (a message key and its
 * arguments); {@code series} holds each metric's values, newest first.
 */
public record FlowHealth(State state, String reasonKey, List<Object> reasonArgs, Map<String, List<Double>> series) {

    public enum State { HEALTHY, DEGRADED, NO_INPUT, UNKNOWN, NOT_RUNNING }

    public FlowHealth {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        series = series == null ? Map.of() : series;
    }

    public static FlowHealth of(State state, Map<String, List<Double>> series, String reasonKey, Object... args) {
        return new FlowHealth(state, reasonKey, List.of(args), series);
    }

    public static FlowHealth unknown(String reasonKey, Object... args) {
        return new FlowHealth(State.UNKNOWN, reasonKey, List.of(args), Map.of());
    }

    public static FlowHealth notRunning(String status) {
        return new FlowHealth(State.NOT_RUNNING, "health.reason.notRunning", List.of(String.valueOf(status)), Map.of());
    }
}

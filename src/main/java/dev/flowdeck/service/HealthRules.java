package dev.flowdeck.service;

import dev.flowdeck.domain.FlowHealth;
import java.util.List;
import java.util.Map;

/**
 * Health from metric series (newest first, one value a minute): no input when the source is not
 * connected or carries no bits for {@code noInputMinutes}; degraded when loss, unrecovered packets or
 * TR 101 290 priority-1 errors pass their thresholds in the last {@code windowMinutes}; unknown when
 * there is no data.
 */
public record HealthRules(double lossPercent, double notRecoveredPackets, double tr101Errors, int noInputMinutes, int windowMinutes) {

    public static HealthRules defaults() {
        return new HealthRules(0.5, 1, 1, 2, 5);
    }

    public FlowHealth judge(Map<String, List<Double>> series) {
        List<Double> bitrate = series.getOrDefault(MetricNames.SOURCE_BITRATE, List.of());
        List<Double> connected = series.getOrDefault(MetricNames.SOURCE_CONNECTED, List.of());
        if (bitrate.isEmpty() && connected.isEmpty()) {
            return FlowHealth.of(FlowHealth.State.UNKNOWN, series, "health.reason.noData");
        }
        boolean disconnected = connected.size() >= noInputMinutes
                && connected.subList(0, noInputMinutes).stream().allMatch(v -> v < 0.5);
        boolean silent = bitrate.size() >= noInputMinutes && bitrate.subList(0, noInputMinutes).stream().allMatch(v -> v <= 0);
        if (disconnected || silent) {
            return FlowHealth.of(FlowHealth.State.NO_INPUT, series, disconnected ? "health.reason.notConnected" : "health.reason.noBits",
                    noInputMinutes);
        }
        double loss = max(series.get(MetricNames.SOURCE_LOSS));
        double notRecovered = max(series.get(MetricNames.SOURCE_NOT_RECOVERED));
        double p1 = max(series.get(MetricNames.SOURCE_CONTINUITY)) + max(series.get(MetricNames.SOURCE_TS_SYNC_LOSS));
        if (loss > lossPercent || notRecovered >= notRecoveredPackets || p1 >= tr101Errors) {
            return FlowHealth.of(FlowHealth.State.DEGRADED, series, "health.reason.degraded", loss, (long) notRecovered, (long) p1);
        }
        return FlowHealth.of(FlowHealth.State.HEALTHY, series, "health.reason.healthy", bitrate.isEmpty() ? 0.0 : bitrate.get(0) / 1e6);
    }

    private double max(List<Double> values) {
        if (values == null) {
            return 0;
        }
        return values.stream().limit(windowMinutes).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}

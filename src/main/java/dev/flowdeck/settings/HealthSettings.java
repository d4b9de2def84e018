package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.flowdeck.service.HealthRules;

/**
 * How often signal health is fetched and what counts as degraded or no input. A missing or silly
 * value falls back to its default: a typo in settings.json must not silence an alarm.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthSettings(int intervalSeconds, double lossPercent, double notRecoveredPackets, double tr101Errors,
                             int noInputMinutes, int windowMinutes) {
    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    /** CloudWatch data for MediaConnect arrives about a minute late; asking more often buys nothing. */
    public static final int MIN_INTERVAL_SECONDS = 30;

    public static HealthSettings defaults() {
        HealthRules r = HealthRules.defaults();
        return new HealthSettings(DEFAULT_INTERVAL_SECONDS, r.lossPercent(), r.notRecoveredPackets(), r.tr101Errors(),
                r.noInputMinutes(), r.windowMinutes());
    }

    public static final int MAX_INTERVAL_SECONDS = 3600;
    public static final double MAX_COUNT = 1_000_000;

    /** Missing (0) or impossible values take the default; values past a limit take the limit (the dialog's ranges). */
    public HealthSettings {
        HealthRules d = HealthRules.defaults();
        intervalSeconds = intervalSeconds <= 0 ? DEFAULT_INTERVAL_SECONDS
                : Math.max(MIN_INTERVAL_SECONDS, Math.min(MAX_INTERVAL_SECONDS, intervalSeconds));
        lossPercent = lossPercent <= 0 || Double.isNaN(lossPercent) ? d.lossPercent() : Math.min(100, lossPercent);
        notRecoveredPackets = notRecoveredPackets <= 0 || Double.isNaN(notRecoveredPackets) ? d.notRecoveredPackets()
                : Math.min(MAX_COUNT, notRecoveredPackets);
        tr101Errors = tr101Errors <= 0 || Double.isNaN(tr101Errors) ? d.tr101Errors() : Math.min(MAX_COUNT, tr101Errors);
        noInputMinutes = noInputMinutes < 1 ? d.noInputMinutes() : Math.min(15, noInputMinutes);
        windowMinutes = windowMinutes < 1 ? d.windowMinutes() : Math.min(15, windowMinutes);
    }

    public HealthRules rules() {
        return new HealthRules(lossPercent, notRecoveredPackets, tr101Errors, noInputMinutes, windowMinutes);
    }

    /** Metric queries an hour that polling {@code queriesPerRefresh} every interval costs (GetMetricData is billed by query). */
    public long queriesPerHour(int queriesPerRefresh) {
        return (long) queriesPerRefresh * 3600 / intervalSeconds;
    }
}

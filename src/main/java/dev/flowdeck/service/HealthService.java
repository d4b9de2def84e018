package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.OutputInfo;
import dev.flowdeck.domain.SignalDetail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * Signal health from CloudWatch (namespace AWS/MediaConnect): every ACTIVE flow's sweep metrics by
 * FlowARN in batched GetMetricData calls of at most 500 queries — never one call per flow — and, for
 * the flow on show, the rest of TR 101 290 priority 1 and each output by OutputARN.
 */
public final class HealthService {
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Supplier<CloudWatchClient> cloudWatch;
    private final HealthRules rules;
    private final Clock clock;

    public HealthService(Supplier<CloudWatchClient> cloudWatch, HealthRules rules, Clock clock) {
        this.cloudWatch = cloudWatch;
        this.rules = rules;
        this.clock = clock;
    }

    /** Metric queries one refresh of {@code activeFlows} costs (for the settings: queries per hour). */
    public static int queriesFor(int activeFlows) {
        return activeFlows * MetricNames.FLOW_SWEEP.size();
    }

    public Map<String, FlowHealth> health(List<FlowSummary> flows) {
        Map<String, FlowHealth> result = new LinkedHashMap<>();
        List<FlowSummary> active = new ArrayList<>();
        MetricBatch batch = new MetricBatch();
        for (FlowSummary f : flows) {
            if (f.statusKind() == FlowStatus.ACTIVE) {
                active.add(f);
                MetricNames.FLOW_SWEEP.forEach(metric -> batch.add("FlowARN", f.arn(), metric));
            } else {
                result.put(f.arn(), FlowHealth.notRunning(f.status()));
            }
        }
        if (active.isEmpty()) {
            return result;
        }
        Map<MetricBatch.Key, List<Double>> series;
        try {
            series = fetch(batch);
        } catch (SdkException e) {
            FlowHealth unknown = unknownBecause(e);
            active.forEach(f -> result.put(f.arn(), unknown));
            return result;
        }
        Map<String, Map<String, List<Double>>> byFlow = new HashMap<>();
        series.forEach((key, values) -> byFlow.computeIfAbsent(key.arn(), k -> new HashMap<>()).put(key.metric(), values));
        active.forEach(f -> result.put(f.arn(), rules.judge(byFlow.getOrDefault(f.arn(), Map.of()))));
        return result;
    }

    /** One call for the flow on show: TR 101 290 counters by FlowARN and connected/bitrate of each output by OutputARN. */
    public SignalDetail detail(FlowDetail flow) {
        if (flow.statusKind() != FlowStatus.ACTIVE) {
            return SignalDetail.unavailable(flow.arn(), FlowHealth.notRunning(flow.status()));
        }
        MetricBatch batch = new MetricBatch();
        MetricNames.TR101_DETAIL.forEach(metric -> batch.add("FlowARN", flow.arn(), metric));
        List<OutputInfo> outputs = flow.outputs().stream().filter(o -> o.arn() != null).toList();
        outputs.forEach(o -> MetricNames.OUTPUT.forEach(metric -> batch.add("OutputARN", o.arn(), metric)));
        Map<MetricBatch.Key, List<Double>> series;
        try {
            series = fetch(batch);
        } catch (SdkException e) {
            return SignalDetail.unavailable(flow.arn(), unknownBecause(e));
        }
        Map<String, List<Double>> transport = new LinkedHashMap<>();
        MetricNames.TR101_DETAIL.forEach(m -> transport.put(m, series.getOrDefault(new MetricBatch.Key(flow.arn(), m), List.of())));
        List<SignalDetail.OutputSignal> perOutput = outputs.stream().map(o -> new SignalDetail.OutputSignal(o.name(), o.arn(),
                series.getOrDefault(new MetricBatch.Key(o.arn(), MetricNames.OUTPUT_CONNECTED), List.of()),
                series.getOrDefault(new MetricBatch.Key(o.arn(), MetricNames.OUTPUT_BITRATE), List.of()))).toList();
        return new SignalDetail(flow.arn(), transport, perOutput, null);
    }

    private Map<MetricBatch.Key, List<Double>> fetch(MetricBatch batch) {
        Instant end = clock.instant();
        return batch.fetch(cloudWatch.get(), end.minus(WINDOW), end);
    }

    /** No permission is "unknown", never red and never green. */
    private static FlowHealth unknownBecause(SdkException e) {
        return e instanceof AwsServiceException s && s.statusCode() == 403
                ? FlowHealth.unknown("health.reason.noPermission") : FlowHealth.unknown("health.reason.failed", firstLine(e));
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

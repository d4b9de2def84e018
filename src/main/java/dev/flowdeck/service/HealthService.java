package dev.flowdeck.service;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
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
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * Signal health of every ACTIVE flow from CloudWatch (namespace AWS/MediaConnect, dimension
 * FlowARN), in batched GetMetricData calls of at most 500 queries — never one call per flow.
 */
public final class HealthService {
    public static final List<String> METRICS = List.of("SourceBitRate", "SourceConnected", "SourcePacketLossPercent",
            "SourceNotRecoveredPackets");
    static final int QUERIES_PER_CALL = 500;

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
        return activeFlows * METRICS.size();
    }

    public Map<String, FlowHealth> health(List<FlowSummary> flows) {
        Map<String, FlowHealth> result = new LinkedHashMap<>();
        List<FlowSummary> active = new ArrayList<>();
        for (FlowSummary f : flows) {
            if (f.statusKind() == FlowStatus.ACTIVE) {
                active.add(f);
            } else {
                result.put(f.arn(), new FlowHealth(FlowHealth.State.NOT_RUNNING, "flow is " + f.status(), Map.of()));
            }
        }
        List<MetricDataQuery> queries = new ArrayList<>();
        Map<String, String[]> byId = new HashMap<>();
        for (int i = 0; i < active.size(); i++) {
            for (int m = 0; m < METRICS.size(); m++) {
                String id = "f" + i + "m" + m;
                String arn = active.get(i).arn();
                byId.put(id, new String[] {arn, METRICS.get(m)});
                String metric = METRICS.get(m);
                queries.add(MetricDataQuery.builder().id(id).metricStat(s -> s.period(60).stat("Average").metric(x -> x
                        .namespace("AWS/MediaConnect").metricName(metric).dimensions(Dimension.builder().name("FlowARN").value(arn).build())))
                        .build());
            }
        }
        Map<String, Map<String, List<Double>>> series = new HashMap<>();
        Instant end = clock.instant();
        Instant start = end.minus(Duration.ofMinutes(15));
        try {
            for (int from = 0; from < queries.size(); from += QUERIES_PER_CALL) {
                List<MetricDataQuery> batch = queries.subList(from, Math.min(queries.size(), from + QUERIES_PER_CALL));
                GetMetricDataResponse r = cloudWatch.get().getMetricData(q -> q.metricDataQueries(batch).startTime(start).endTime(end));
                for (MetricDataResult d : r.metricDataResults()) {
                    String[] key = byId.get(d.id());
                    if (key != null) {
                        series.computeIfAbsent(key[0], k -> new HashMap<>()).put(key[1], d.values());
                    }
                }
            }
        } catch (SdkException e) {
            String why = e instanceof AwsServiceException s && s.statusCode() == 403
                    ? "health unknown (no permission for cloudwatch:GetMetricData)" : "health unknown (" + firstLine(e) + ")";
            active.forEach(f -> result.put(f.arn(), FlowHealth.unknown(why)));
            return result;
        }
        active.forEach(f -> result.put(f.arn(), rules.judge(series.getOrDefault(f.arn(), Map.of()))));
        return result;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

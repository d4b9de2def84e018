package dev.flowdeck.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * Many one-minute AWS/MediaConnect series asked in as few GetMetricData calls as the API allows
 * (500 queries a call). Each query is keyed by the resource ARN and metric it stands for.
 */
final class MetricBatch {
    static final int QUERIES_PER_CALL = 500;

    /** What one query asked for: the metric of one flow, source or output. */
    record Key(String arn, String metric) {
    }

    private final List<MetricDataQuery> queries = new ArrayList<>();
    private final Map<String, Key> byId = new HashMap<>();

    void add(String dimension, String arn, String metric) {
        String id = "q" + queries.size();
        byId.put(id, new Key(arn, metric));
        queries.add(MetricDataQuery.builder().id(id).metricStat(s -> s.period(60).stat("Average").metric(m -> m
                .namespace(MetricNames.NAMESPACE).metricName(metric).dimensions(Dimension.builder().name(dimension).value(arn).build())))
                .build());
    }

    int size() {
        return queries.size();
    }

    /** Runs the batch; throws the SDK's exception when a call fails (the caller decides what unknown means). */
    Map<Key, List<Double>> fetch(CloudWatchClient cloudWatch, Instant start, Instant end) {
        Map<Key, List<Double>> series = new HashMap<>();
        for (int from = 0; from < queries.size(); from += QUERIES_PER_CALL) {
            List<MetricDataQuery> batch = queries.subList(from, Math.min(queries.size(), from + QUERIES_PER_CALL));
            for (MetricDataResult d : cloudWatch.getMetricData(q -> q.metricDataQueries(batch).startTime(start).endTime(end))
                    .metricDataResults()) {
                Key key = byId.get(d.id());
                if (key != null) {
                    series.put(key, d.values());
                }
            }
        }
        return series;
    }
}

package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * CloudWatch GetMetricData (query protocol) with synthetic AWS/MediaConnect series that agree with each
 * flow's state: active flows near their bitrate with noise, one active flow with no input
 * ({@value #NO_INPUT_FLOW}), one with bursts of packet loss ({@value #LOSSY_FLOW}), nothing for
 * flows that are not active.
 */
final class CloudWatchApi {
    static final String NO_INPUT_FLOW = "airport-cam-srt";
    static final String LOSSY_FLOW = "sports-rist-main";
    static final String NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    private final FlowStore store;
    private final Clock clock;

    CloudWatchApi(FlowStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    String getMetricData(Map<String, String> form) {
        Instant end = parse(form.get("EndTime"), clock.instant());
        Instant start = parse(form.get("StartTime"), end.minus(15, ChronoUnit.MINUTES));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetMetricDataResponse xmlns=\"")
                .append(NAMESPACE).append("\"><GetMetricDataResult><MetricDataResults>");
        for (int i = 1; form.containsKey("MetricDataQueries.member." + i + ".Id"); i++) {
            String prefix = "MetricDataQueries.member." + i + ".";
            String id = form.get(prefix + "Id");
            String metric = form.get(prefix + "MetricStat.Metric.MetricName");
            ObjectNode flow = null;
            for (int d = 1; form.containsKey(prefix + "MetricStat.Metric.Dimensions.member." + d + ".Name"); d++) {
                String dimension = form.get(prefix + "MetricStat.Metric.Dimensions.member." + d + ".Name");
                String value = form.get(prefix + "MetricStat.Metric.Dimensions.member." + d + ".Value");
                if ("FlowARN".equals(dimension)) {
                    flow = find(value);
                } else if ("OutputARN".equals(dimension)) {
                    flow = store.flowOfOutput(value);
                }
            }
            int period = Integer.parseInt(form.getOrDefault(prefix + "MetricStat.Period", "60"));
            xml.append("<member><Id>").append(id).append("</Id><Label>").append(metric).append("</Label><StatusCode>Complete</StatusCode>");
            StringBuilder times = new StringBuilder();
            StringBuilder values = new StringBuilder();
            if (flow != null && "ACTIVE".equals(flow.path("status").asText())) {
                String name = flow.path("name").asText();
                double bitrate = flow.path("source").path("transport").path("maxBitrate").asDouble(8_000_000) * 0.8;
                int n = 0;
                for (Instant t = end.minusSeconds(period); !t.isBefore(start); t = t.minusSeconds(period), n++) {
                    times.append("<member>").append(t.truncatedTo(ChronoUnit.SECONDS)).append("</member>");
                    values.append("<member>").append(value(metric, name, bitrate, n)).append("</member>");
                }
            }
            xml.append("<Timestamps>").append(times).append("</Timestamps><Values>").append(values).append("</Values></member>");
        }
        return xml.append("</MetricDataResults><Messages/></GetMetricDataResult><ResponseMetadata><RequestId>")
                .append(UUID.randomUUID()).append("</RequestId></ResponseMetadata></GetMetricDataResponse>").toString();
    }

    /** Newest first, as CloudWatch answers with the default ScanBy. */
    private static double value(String metric, String flow, double bitrate, int minutesAgo) {
        boolean noInput = NO_INPUT_FLOW.equals(flow);
        boolean lossy = LOSSY_FLOW.equals(flow) && minutesAgo % 4 < 2;
        double noise = Math.sin(minutesAgo * 1.7 + flow.length()) * 0.03;
        return switch (metric) {
            case "SourceBitRate" -> noInput ? 0 : Math.round(bitrate * (1 + noise));
            case "SourceConnected" -> noInput ? 0 : 1;
            case "SourcePacketLossPercent" -> lossy ? 2.5 : 0;
            case "SourceNotRecoveredPackets" -> lossy ? 40 : 0;
            case "SourceContinuityCounter" -> lossy ? 3 : 0;
            // An output stays connected when its source goes quiet; it just sends nothing.
            case "OutputConnected" -> 1;
            case "OutputBitrate" -> noInput ? 0 : Math.round(bitrate * (1.02 + noise));
            default -> 0;
        };
    }

    private ObjectNode find(String arn) {
        try {
            return store.describe(arn);
        } catch (MockError notFound) {
            return null;
        }
    }

    private static Instant parse(String text, Instant fallback) {
        try {
            return text == null ? fallback : Instant.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}

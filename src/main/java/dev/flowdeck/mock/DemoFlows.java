package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's flows, in the wire shape of DescribeFlow's {@code flow}: the Tokyo scenario's
 * MediaConnectSRTFlow exactly as the fixture has it, and realistic neighbours covering every source
 * protocol, failover and merge, entitled and VPC sources, and every status.
 */
public final class DemoFlows {
    public static final String ACCOUNT = "123456789012";
    public static final String PARTNER_ACCOUNT = "444455556666";
    public static final String SCENARIO_FLOW = "MediaConnectSRTFlow";

    private DemoFlows() {
    }

    public static List<ObjectNode> forRegion(String region) {
        return region.equals("us-east-1") ? usEast1() : region.equals("ap-northeast-1") ? tokyo() : List.of();
    }

    static List<ObjectNode> tokyo() {
        String r = "ap-northeast-1";
        List<ObjectNode> flows = new ArrayList<>();
        flows.add(scenarioFlow());
        flows.add(flow(r, "tokyo-news-srt-caller", "ACTIVE", "a", "News bureau contribution (SRT caller)")
                .source(srtCaller("news-caller", "203.0.113.40", 7000, 8_000_000)).output(srtOut("to-playout", "203.0.113.50", 5000))
                .monitoring().maintenance("Tuesday", "02:00", "2026-12-15", "2026-12-22").build());
        flows.add(flow(r, "osaka-relay-zixi", "ACTIVE", "c", "Osaka relay over Zixi push")
                .source(zixi("osaka-zixi", 2088, 6_000)).output(zixiPullOut("tokyo-mcr")).build());
        flows.add(flow(r, "sports-rist-main", "ACTIVE", "a", "Stadium feed, RIST")
                .source(listener("stadium-rist", "rist", 5000, "203.0.113.0/24", 20_000_000)).output(rtpOut("to-encoder", "rtp", "203.0.113.60", 5000))
                .entitlement("to-partner-network", PARTNER_ACCOUNT, 50).monitoring().build());
        flows.add(flow(r, "studio-b-rtp-fec", "STANDBY", "c", "Studio B return, RTP with FEC")
                .source(listener("studio-b", "rtp-fec", 5004, "198.51.100.0/24", 15_000_000)).output(rtpOut("studio-b-monitor", "rtp-fec", "198.51.100.20", 5004)).build());
        flows.add(cdiFlow(r));
        flows.add(flow(r, "st2110-jxs-studio", "STANDBY", "a", "Studio A ST 2110 JPEG XS")
                .vpc("studio-a-vpc", "subnet-0b4d2c1a9e8f70011", "eni-0f1e2d3c4b5a69781")
                .source(jpegxs("studio-a-jxs", "studio-a-vpc")).mediaStream("video", "video", 112).build());
        flows.add(entitledFlow(r));
        flows.add(flow(r, "noc-failover-tokyo", "ACTIVE", "c", "Primary/backup contribution with failover")
                .source(listener("tokyo-main-srt", "srt-listener", 5000, "203.0.113.10/32", 10_000_000))
                .source(listener("tokyo-backup-srt", "srt-listener", 5001, "203.0.113.11/32", 10_000_000))
                .failover("FAILOVER", 300, "tokyo-main-srt").output(srtOut("to-playout", "203.0.113.50", 5010)).monitoring().build());
        flows.add(flow(r, "merge-contribution", "ACTIVE", "a", "Two RTP-FEC paths merged (hitless)")
                .source(listener("path-a", "rtp-fec", 5010, "203.0.113.20/32", 12_000_000))
                .source(listener("path-b", "rtp-fec", 5020, "203.0.113.21/32", 12_000_000))
                .failover("MERGE", 100, null).output(rtpOut("to-decoder", "rtp", "203.0.113.61", 5000)).build());
        flows.add(flow(r, "vpc-ingest-01", "ACTIVE", "c", "Ingest from the broadcast VPC")
                .vpc("ingest-vpc", "subnet-0a9b8c7d6e5f40022", "eni-0c1d2e3f4a5b69782")
                .source(vpcSource("vpc-encoder", "ingest-vpc")).output(srtOut("to-cloud-playout", "203.0.113.52", 5000)).build());
        flows.add(flow(r, "weather-cam-srt", "ERROR", "a", "Rooftop weather camera")
                .source(listener("rooftop-cam", "srt-listener", 3100, "198.51.100.30/32", 4_000_000)).output(srtOut("to-archive", "203.0.113.70", 5000)).build());
        flows.add(flow(r, "backup-zixi-ingest", "STARTING", "c", "Backup ingest, starting")
                .source(zixi("backup-zixi", 2088, 4_000)).output(zixiPullOut("backup-mcr")).build());
        flows.add(flow(r, "archive-rtp", "STOPPING", "a", "Archive recorder feed")
                .source(listener("archive-in", "rtp", 5030, "198.51.100.40/32", 10_000_000)).output(rtpOut("to-recorder", "rtp", "203.0.113.80", 5000)).build());
        flows.add(flow(r, "promo-loop", "UPDATING", "c", "Promo loop, configuration change in progress")
                .source(listener("promo-srt", "srt-listener", 3200, "198.51.100.50/32", 6_000_000)).output(srtOut("to-playout", "203.0.113.50", 5020)).build());
        flows.add(flow(r, "old-rehearsal-feed", "DELETING", "a", "Rehearsal feed being deleted")
                .source(listener("rehearsal-in", "srt-listener", 3300, "198.51.100.70/32", 4_000_000)).build());
        String[][] more = {
                {"baseball-srt-1", "ACTIVE", "a", "srt-listener"}, {"baseball-srt-2", "ACTIVE", "c", "srt-listener"},
                {"sumo-zixi", "ACTIVE", "a", "zixi-push"}, {"keiba-rist", "STANDBY", "c", "rist"},
                {"music-live-rtp", "ACTIVE", "a", "rtp"}, {"election-night-srt", "STANDBY", "c", "srt-listener"},
                {"radio-simulcast-rtp", "ACTIVE", "c", "rtp"}, {"airport-cam-srt", "ACTIVE", "a", "srt-caller"},
                {"regional-return-zixi", "STANDBY", "a", "zixi-push"}, {"press-room-rist", "ERROR", "c", "rist"},
                };
        int port = 4000;
        for (String[] m : more) {
            ObjectNode source = switch (m[3]) {
                case "zixi-push" -> zixi(m[0] + "-in", 2088, 5_000);
                case "srt-caller" -> srtCaller(m[0] + "-in", "203.0.113.90", port, 6_000_000);
                default -> listener(m[0] + "-in", m[3], port, "203.0.113.0/24", 8_000_000);
            };
            flows.add(flow(r, m[0], m[1], m[2], "Contribution feed " + m[0]).source(source)
                    .output(srtOut("to-playout", "203.0.113.50", port + 1000)).build());
            port += 10;
        }
        return flows;
    }

    static List<ObjectNode> usEast1() {
        String r = "us-east-1";
        List<ObjectNode> flows = new ArrayList<>();
        flows.add(flow(r, "noc-feed-01", "ACTIVE", "a", "NOC feed with failover")
                .source(listener("main-srt", "srt-listener", 5000, "203.0.113.10/32", 10_000_000))
                .source(listener("backup-srt", "srt-listener", 5001, "203.0.113.11/32", 10_000_000))
                .failover("FAILOVER", 200, "main-srt").output(srtOut("to-noc", "203.0.113.100", 5000)).build());
        flows.add(flow(r, "noc-feed-02", "ACTIVE", "b", "NOC feed, merged paths")
                .source(listener("path-a", "rtp-fec", 5010, "203.0.113.20/32", 10_000_000))
                .source(listener("path-b", "rtp-fec", 5020, "203.0.113.21/32", 10_000_000))
                .failover("MERGE", 200, null).output(rtpOut("to-noc", "rtp", "203.0.113.101", 5000)).build());
        flows.add(flow(r, "nyc-studio-srt", "STANDBY", "c", "New York studio return")
                .source(listener("nyc-srt", "srt-listener", 6000, "198.51.100.60/32", 8_000_000)).output(srtOut("to-nyc", "203.0.113.110", 5000)).build());
        flows.add(flow(r, "dc-bureau-zixi", "ACTIVE", "d", "Washington bureau")
                .source(zixi("dc-zixi", 2088, 5_000)).output(zixiPullOut("dc-mcr")).build());
        return flows;
    }

    /** The Tokyo scenario's flow, exactly as the fixture describes it. */
    static ObjectNode scenarioFlow() {
        try (InputStream in = DemoFlows.class.getResourceAsStream("describe-flow.json")) {
            if (in == null) {
                throw new IllegalStateException("describe-flow.json missing from the backend's resources");
            }
            return (ObjectNode) Json.MAPPER.readTree(in).get("flow");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode cdiFlow(String r) {
        FlowBuilder b = flow(r, "cdi-jpegxs-uhd", "ACTIVE", "a", "UHD studio link, CDI with JPEG XS")
                .vpc("cdi-vpc", "subnet-0e1f2a3b4c5d60033", "eni-0d2e3f4a5b6c79783");
        ObjectNode source = b.sourceBase("cdi-in");
        source.put("vpcInterfaceName", "cdi-vpc");
        source.set("transport", transport("cdi", 0));
        ArrayNode configs = source.putArray("mediaStreamSourceConfigurations");
        for (String stream : List.of("video", "audio")) {
            ObjectNode c = configs.addObject();
            c.put("encodingName", stream.equals("video") ? "jxsv" : "pcm");
            c.put("mediaStreamName", stream);
        }
        return b.source(source).mediaStream("video", "video", 112).mediaStream("audio", "audio", 96)
                .output(rtpOut("to-cdi-decoder", "cdi", "10.213.21.40", 5000)).build();
    }

    private static ObjectNode entitledFlow(String r) {
        FlowBuilder b = flow(r, "partner-feed-entitled", "ACTIVE", "c", "Partner network feed (entitlement from " + PARTNER_ACCOUNT + ")");
        ObjectNode source = b.sourceBase("partner-feed");
        source.put("entitlementArn", "arn:aws:mediaconnect:" + r + ":" + PARTNER_ACCOUNT + ":entitlement:1-UFRSUFJUVVJTVFBRU-7d1e8c2a9f3b:partner-news");
        source.put("dataTransferSubscriberFeePercent", 0);
        return b.source(source).output(srtOut("to-playout", "203.0.113.50", 5030)).build();
    }

    private static FlowBuilder flow(String region, String name, String status, String azSuffix, String description) {
        return new FlowBuilder(region, name, status, region + azSuffix, description);
    }

    private static ObjectNode transport(String protocol, long maxBitrate) {
        ObjectNode t = Json.object();
        t.put("protocol", protocol);
        if (maxBitrate > 0) {
            t.put("maxBitrate", maxBitrate);
        }
        return t;
    }

    private static ObjectNode listener(String name, String protocol, int port, String cidr, long bitrate) {
        ObjectNode s = Json.object();
        s.put("name", name);
        s.put("ingestPort", port);
        s.put("whitelistCidr", cidr);
        ObjectNode t = transport(protocol, bitrate);
        if (protocol.startsWith("srt")) {
            t.put("minLatency", 2000);
        }
        if (protocol.equals("rist") || protocol.startsWith("rtp")) {
            t.put("maxLatency", 2000);
        }
        s.set("transport", t);
        return s;
    }

    private static ObjectNode srtCaller(String name, String listenerAddress, int port, long bitrate) {
        ObjectNode s = Json.object();
        s.put("name", name);
        ObjectNode t = transport("srt-caller", bitrate);
        t.put("sourceListenerAddress", listenerAddress);
        t.put("sourceListenerPort", port);
        t.put("minLatency", 2000);
        t.put("streamId", name);
        s.set("transport", t);
        return s;
    }

    private static ObjectNode zixi(String name, int port, int maxLatencyMs) {
        ObjectNode s = Json.object();
        s.put("name", name);
        s.put("ingestPort", port);
        s.put("whitelistCidr", "203.0.113.0/24");
        ObjectNode t = transport("zixi-push", 0);
        t.put("maxLatency", maxLatencyMs);
        t.put("streamId", name);
        s.set("transport", t);
        return s;
    }

    private static ObjectNode jpegxs(String name, String vpcInterface) {
        ObjectNode s = Json.object();
        s.put("name", name);
        s.put("vpcInterfaceName", vpcInterface);
        s.set("transport", transport("st2110-jpegxs", 0));
        ObjectNode c = s.putArray("mediaStreamSourceConfigurations").addObject();
        c.put("encodingName", "jxsv");
        c.put("mediaStreamName", "video");
        return s;
    }

    private static ObjectNode vpcSource(String name, String vpcInterface) {
        ObjectNode s = Json.object();
        s.put("name", name);
        s.put("vpcInterfaceName", vpcInterface);
        s.put("ingestPort", 5000);
        s.put("ingestIp", "10.213.22.31");
        s.set("transport", transport("rtp", 20_000_000));
        return s;
    }

    private static ObjectNode srtOut(String name, String destination, int port) {
        ObjectNode o = rtpOut(name, "srt-caller", destination, port);
        o.with("transport").put("minLatency", 2000);
        return o;
    }

    private static ObjectNode rtpOut(String name, String protocol, String destination, int port) {
        ObjectNode o = Json.object();
        o.put("name", name);
        o.put("destination", destination);
        o.put("port", port);
        o.set("transport", transport(protocol, 0));
        o.put("outputStatus", "ENABLED");
        return o;
    }

    private static ObjectNode zixiPullOut(String remoteId) {
        ObjectNode o = Json.object();
        o.put("name", "zixi-pull-" + remoteId);
        o.put("port", 2088);
        ObjectNode t = transport("zixi-pull", 0);
        t.put("remoteId", remoteId);
        t.put("maxLatency", 6000);
        o.set("transport", t);
        o.put("outputStatus", "ENABLED");
        return o;
    }

    /** Builds one flow body with consistent ARNs. */
    private static final class FlowBuilder {
        private final ObjectNode flow = Json.object();
        private final String prefix;
        private final String id;
        private final ArrayNode sources;
        private final ArrayNode outputs;

        FlowBuilder(String region, String name, String status, String az, String description) {
            this.prefix = "arn:aws:mediaconnect:" + region + ":" + ACCOUNT + ":";
            this.id = "1-" + idPart(name, 16) + "-" + hexPart(name, 12);
            flow.put("availabilityZone", az);
            flow.put("description", description);
            flow.put("egressIp", "203.0.113." + (1 + Math.abs(name.hashCode() % 200)));
            flow.set("entitlements", Json.array());
            flow.put("flowArn", prefix + "flow:" + id + ":" + name);
            flow.put("name", name);
            outputs = flow.putArray("outputs");
            sources = flow.putArray("sources");
            flow.put("status", status);
        }

        ObjectNode sourceBase(String name) {
            ObjectNode s = Json.object();
            s.put("name", name);
            return s;
        }

        FlowBuilder source(ObjectNode source) {
            String name = source.path("name").asText();
            source.put("sourceArn", prefix + "source:" + id + ":" + name);
            if (source.has("ingestPort") && !source.has("ingestIp")) {
                source.put("ingestIp", flow.path("egressIp").asText());
            }
            if (!flow.has("source")) {
                flow.set("source", source.deepCopy());
            }
            sources.add(source);
            return this;
        }

        FlowBuilder output(ObjectNode output) {
            output.put("outputArn", prefix + "output:" + id + ":" + output.path("name").asText());
            outputs.add(output);
            return this;
        }

        FlowBuilder failover(String mode, int recoveryWindowMs, String primary) {
            ObjectNode f = flow.putObject("sourceFailoverConfig");
            f.put("failoverMode", mode);
            f.put("recoveryWindow", recoveryWindowMs);
            f.put("state", "ENABLED");
            if (primary != null) {
                f.putObject("sourcePriority").put("primarySource", primary);
            }
            return this;
        }

        FlowBuilder monitoring() {
            flow.putObject("sourceMonitoringConfig").put("thumbnailState", "ENABLED");
            flow.put("flowSize", "MEDIUM");
            return this;
        }

        FlowBuilder maintenance(String day, String startHour, String scheduled, String deadline) {
            ObjectNode m = flow.putObject("maintenance");
            m.put("maintenanceDay", day);
            m.put("maintenanceDeadline", deadline);
            m.put("maintenanceScheduledDate", scheduled);
            m.put("maintenanceStartHour", startHour);
            return this;
        }

        FlowBuilder entitlement(String name, String subscriber, int feePercent) {
            ObjectNode e = flow.withArray("entitlements").addObject();
            e.put("dataTransferSubscriberFeePercent", feePercent);
            e.put("entitlementArn", prefix + "entitlement:" + id + ":" + name);
            e.put("entitlementStatus", "ENABLED");
            e.put("name", name);
            e.putArray("subscribers").add(subscriber);
            return this;
        }

        FlowBuilder vpc(String name, String subnet, String eni) {
            ObjectNode v = flow.withArray("vpcInterfaces").addObject();
            v.put("name", name);
            v.putArray("networkInterfaceIds").add(eni);
            v.put("networkInterfaceType", "ena");
            v.put("roleArn", "arn:aws:iam::" + ACCOUNT + ":role/MediaConnectVpcRole");
            v.putArray("securityGroupIds").add("sg-0c0ffee0ddba11000");
            v.put("subnetId", subnet);
            return this;
        }

        FlowBuilder mediaStream(String name, String type, int fmt) {
            ObjectNode m = flow.withArray("mediaStreams").addObject();
            m.put("fmt", fmt);
            m.put("mediaStreamId", flow.withArray("mediaStreams").size());
            m.put("mediaStreamName", name);
            m.put("mediaStreamType", type);
            if (type.equals("video")) {
                m.put("videoFormat", "2160p");
                m.put("clockRate", 90000);
            } else {
                m.put("clockRate", 48000);
            }
            return this;
        }

        ObjectNode build() {
            return flow;
        }

        private static String idPart(String seed, int length) {
            String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder sb = new StringBuilder();
            long h = seed.hashCode() * 0x9E3779B97F4A7C15L;
            for (int i = 0; i < length; i++) {
                h = h * 6364136223846793005L + 1442695040888963407L;
                sb.append(letters.charAt((int) ((h >>> 33) % letters.length())));
            }
            return sb.toString();
        }

        private static String hexPart(String seed, int length) {
            String hex = Integer.toHexString(seed.hashCode()) + Integer.toHexString(seed.length() * 7919) + "a0b1c2d3e4f5";
            return hex.substring(0, length);
        }
    }
}

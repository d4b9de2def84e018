package dev.flowdeck.service;

import dev.flowdeck.domain.EntitlementInfo;
import dev.flowdeck.domain.FailoverInfo;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.OutputInfo;
import dev.flowdeck.domain.MaintenanceInfo;
import dev.flowdeck.domain.SourceInfo;
import dev.flowdeck.domain.VpcInterfaceInfo;
import software.amazon.awssdk.services.mediaconnect.model.Maintenance;
import software.amazon.awssdk.services.mediaconnect.model.MediaStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.mediaconnect.model.Entitlement;
import software.amazon.awssdk.services.mediaconnect.model.FailoverConfig;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.ListedFlow;
import software.amazon.awssdk.services.mediaconnect.model.Output;
import software.amazon.awssdk.services.mediaconnect.model.Source;
import software.amazon.awssdk.services.mediaconnect.model.Transport;

/** SDK model → FlowDeck's domain. Raw strings everywhere, so values the SDK does not know survive. */
final class FlowMapper {
    private FlowMapper() {
    }

    static FlowSummary summary(ListedFlow f) {
        return new FlowSummary(f.flowArn(), f.name(), f.statusAsString(), f.sourceTypeAsString(), f.availabilityZone(),
                f.description());
    }

    static FlowDetail detail(Flow f, List<String> messages) {
        FailoverInfo failover = failover(f.sourceFailoverConfig());
        String primary = failover == null || "MERGE".equals(failover.mode()) ? null : failover.primarySource();
        List<SourceInfo> sources = new ArrayList<>();
        for (Source s : distinctSources(f)) {
            sources.add(source(s, primary != null && primary.equals(s.name())));
        }
        List<OutputInfo> outputs = f.outputs().stream().map(FlowMapper::output).toList();
        List<EntitlementInfo> entitlements = f.entitlements().stream().map(FlowMapper::entitlement).toList();
        List<VpcInterfaceInfo> vpcs = f.vpcInterfaces().stream().map(v -> new VpcInterfaceInfo(v.name(), v.networkInterfaceIds(),
                v.subnetId(), v.securityGroupIds(), v.networkInterfaceTypeAsString())).toList();
        List<String> streams = f.mediaStreams().stream().map(FlowMapper::mediaStream).toList();
        Maintenance m = f.maintenance();
        MaintenanceInfo maintenance = m == null ? null : new MaintenanceInfo(m.maintenanceDayAsString(), m.maintenanceStartHour(),
                m.maintenanceScheduledDate(), m.maintenanceDeadline());
        String thumbnails = f.sourceMonitoringConfig() == null ? null : f.sourceMonitoringConfig().thumbnailStateAsString();
        return new FlowDetail(f.flowArn(), f.name(), f.statusAsString(), f.availabilityZone(), f.description(),
                f.egressIp(), sources, failover, outputs, entitlements, messages, vpcs, streams, maintenance, thumbnails,
                f.flowSizeAsString());
    }

    private static String mediaStream(MediaStream s) {
        StringBuilder b = new StringBuilder(s.mediaStreamName() + " · " + s.mediaStreamTypeAsString() + " #" + s.mediaStreamId()
                + " · fmt " + s.fmt());
        if (s.videoFormat() != null) {
            b.append(" · ").append(s.videoFormat());
        }
        if (s.clockRate() != null) {
            b.append(" · ").append(s.clockRate() / 1000).append(" kHz clock");
        }
        return b.toString();
    }

    /** The single {@code source} and the {@code sources} list overlap: one entry per source ARN. */
    private static List<Source> distinctSources(Flow f) {
        Map<String, Source> byArn = new LinkedHashMap<>();
        if (f.source() != null) {
            byArn.put(key(f.source()), f.source());
        }
        for (Source s : f.sources()) {
            byArn.putIfAbsent(key(s), s);
        }
        return List.copyOf(byArn.values());
    }

    private static String key(Source s) {
        return s.sourceArn() != null ? s.sourceArn() : "name:" + s.name();
    }

    private static SourceInfo source(Source s, boolean primary) {
        Transport t = s.transport();
        return new SourceInfo(s.name(), s.sourceArn(), t == null ? null : t.protocolAsString(), s.ingestIp(),
                s.ingestPort(), s.whitelistCidr(), t == null || t.maxBitrate() == null ? null : t.maxBitrate().longValue(),
                t == null ? null : t.sourceListenerAddress(), t == null ? null : t.sourceListenerPort(),
                s.vpcInterfaceName(), s.entitlementArn(), primary, s.description(), protocolDetails(s));
    }

    /** What only some protocols have, in words: SRT/RIST latencies, Zixi stream ids, CDI media streams, NDI, decryption. */
    private static Map<String, String> protocolDetails(Source s) {
        Map<String, String> d = new LinkedHashMap<>();
        Transport t = s.transport();
        if (t != null) {
            transportDetails(t, d);
            put(d, "sync buffer", t.maxSyncBuffer(), " ms");
            put(d, "sender control port", t.senderControlPort(), "");
            put(d, "sender", t.senderIpAddress(), "");
            put(d, "NDI program", t.ndiProgramName(), "");
            if (t.cidrAllowList() != null && !t.cidrAllowList().isEmpty()) {
                d.put("allow list", String.join(", ", t.cidrAllowList()));
            }
        }
        put(d, "sender control port", s.senderControlPort(), "");
        put(d, "sender", s.senderIpAddress(), "");
        if (!s.mediaStreamSourceConfigurations().isEmpty()) {
            d.put("media streams", s.mediaStreamSourceConfigurations().stream()
                    .map(c -> c.mediaStreamName() + " (" + c.encodingNameAsString() + ")").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (s.decryption() != null) {
            d.put("decryption", s.decryption().algorithmAsString() == null ? "on" : "on · " + s.decryption().algorithmAsString());
        }
        if (s.dataTransferSubscriberFeePercent() != null && s.entitlementArn() != null) {
            d.put("data transfer paid by subscriber", s.dataTransferSubscriberFeePercent() + " %");
        }
        return d;
    }

    /** Latencies and stream id: what sources and outputs of any protocol may carry in their transport. */
    private static void transportDetails(Transport t, Map<String, String> d) {
        put(d, "stream id", t.streamId(), "");
        put(d, "min latency", t.minLatency(), " ms");
        put(d, "max latency", t.maxLatency(), " ms");
        put(d, "smoothing latency", t.smoothingLatency(), " ms");
    }

    private static void put(Map<String, String> d, String label, Object value, String unit) {
        if (value != null && !String.valueOf(value).isBlank()) {
            d.putIfAbsent(label, value + unit);
        }
    }

    private static FailoverInfo failover(FailoverConfig c) {
        if (c == null || c.failoverModeAsString() == null && c.stateAsString() == null) {
            return null;
        }
        String primary = c.sourcePriority() == null ? null : c.sourcePriority().primarySource();
        return new FailoverInfo(c.stateAsString(), c.failoverModeAsString(), c.recoveryWindow(), primary);
    }

    private static OutputInfo output(Output o) {
        Transport t = o.transport();
        Map<String, String> d = new LinkedHashMap<>();
        if (t != null) {
            put(d, "remote id", t.remoteId(), "");
            transportDetails(t, d);
        }
        put(d, "listener", o.listenerAddress(), "");
        return new OutputInfo(o.name(), o.outputArn(), t == null ? null : t.protocolAsString(), o.destination(), o.port(),
                o.mediaLiveInputArn(), o.description(), o.outputStatusAsString(), o.encryption() != null, d);
    }

    private static EntitlementInfo entitlement(Entitlement e) {
        return new EntitlementInfo(e.name(), e.entitlementArn(), e.subscribers(), e.dataTransferSubscriberFeePercent(),
                e.entitlementStatusAsString());
    }
}

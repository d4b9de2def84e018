package dev.flowdeck.service;

import dev.flowdeck.domain.EntitlementInfo;
import dev.flowdeck.domain.FailoverInfo;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.OutputInfo;
import dev.flowdeck.domain.SourceInfo;
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
        return new FlowDetail(f.flowArn(), f.name(), f.statusAsString(), f.availabilityZone(), f.description(),
                f.egressIp(), sources, failover, outputs, entitlements, messages);
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
                s.vpcInterfaceName(), s.entitlementArn(), primary, s.description());
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
        return new OutputInfo(o.name(), o.outputArn(), t == null ? null : t.protocolAsString(), o.destination(), o.port(),
                o.mediaLiveInputArn(), o.description(), o.outputStatusAsString(), o.encryption() != null);
    }

    private static EntitlementInfo entitlement(Entitlement e) {
        return new EntitlementInfo(e.name(), e.entitlementArn(), e.subscribers(), e.dataTransferSubscriberFeePercent(),
                e.entitlementStatusAsString());
    }
}

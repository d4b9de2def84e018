package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.DescribeFlowResponse;
import software.amazon.awssdk.services.mediaconnect.model.ListFlowsResponse;
import software.amazon.awssdk.services.mediaconnect.model.DescribeFlowSourceMetadataResponse;
import software.amazon.awssdk.services.mediaconnect.model.ListEntitlementsResponse;
import software.amazon.awssdk.services.mediaconnect.model.ThumbnailDetails;
import software.amazon.awssdk.services.mediaconnect.model.TransportStream;
import software.amazon.awssdk.services.mediaconnect.model.TransportStreamProgram;
import dev.flowdeck.domain.GrantedEntitlement;
import dev.flowdeck.domain.SourceMetadata;
import dev.flowdeck.domain.Thumbnail;
import java.util.Base64;

/** {@link FlowService} over the SDK's MediaConnect client; failures become {@link FlowDeckException}s. */
public final class MediaConnectFlowService implements FlowService {
    /** The service's largest page: a refresh of N flows costs ⌈N/1000⌉ ListFlows calls. */
    static final int PAGE_SIZE = 1000;

    private final Supplier<MediaConnectClient> clients;
    private final ErrorMessages errors;

    /** @param clients supplies the client when first needed (the session builds it once) */
    public MediaConnectFlowService(Supplier<MediaConnectClient> clients, ErrorMessages errors) {
        this.clients = clients;
        this.errors = errors;
    }

    @Override
    public List<FlowSummary> listFlows() {
        try {
            List<FlowSummary> flows = new ArrayList<>();
            // Pages may be short or empty and still carry a token: follow the token, not the count.
            for (ListFlowsResponse page : clients.get().listFlowsPaginator(r -> r.maxResults(PAGE_SIZE))) {
                page.flows().forEach(f -> flows.add(FlowMapper.summary(f)));
            }
            return flows;
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.listFlows", e);
        }
    }

    @Override
    public FlowDetail describeFlow(String flowArn) {
        try {
            DescribeFlowResponse response = clients.get().describeFlow(r -> r.flowArn(flowArn));
            List<String> messages = response.messages() == null ? List.of() : response.messages().errors();
            return FlowMapper.detail(response.flow(), messages);
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.describeFlow", e);
        }
    }

    @Override
    public SourceMetadata sourceMetadata(String flowArn) {
        try {
            DescribeFlowSourceMetadataResponse r = clients.get().describeFlowSourceMetadata(q -> q.flowArn(flowArn));
            List<String> streams = new ArrayList<>();
            if (r.transportMediaInfo() != null) {
                for (TransportStreamProgram p : r.transportMediaInfo().programs()) {
                    streams.add("program " + p.programNumber() + (p.programName() == null ? "" : " \"" + p.programName() + "\"")
                            + " · PMT PID " + p.programPid() + " · PCR PID " + p.pcrPid());
                    for (TransportStream t : p.streams()) {
                        streams.add("  PID " + t.pid() + " · " + t.streamType() + " · " + t.codec()
                                + (t.frameResolution() == null ? "" : " · " + t.frameResolution().frameWidth() + "×" + t.frameResolution().frameHeight())
                                + (t.frameRate() == null ? "" : " · " + t.frameRate() + " fps")
                                + (t.sampleRate() == null ? "" : " · " + t.sampleRate() + " Hz")
                                + (t.channels() == null ? "" : " · " + t.channels() + " ch"));
                    }
                }
            }
            return new SourceMetadata(streams, r.messages().stream().map(m -> m.code() + ": " + m.message()).toList(),
                    r.timestamp() == null ? null : r.timestamp().toString());
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.sourceMetadata", e);
        }
    }

    @Override
    public Thumbnail thumbnail(String flowArn) {
        try {
            ThumbnailDetails d = clients.get().describeFlowSourceThumbnail(q -> q.flowArn(flowArn)).thumbnailDetails();
            byte[] jpeg = d == null || d.thumbnail() == null ? null : Base64.getDecoder().decode(d.thumbnail());
            return new Thumbnail(jpeg, d == null ? null : d.timecode(), d == null ? List.of()
                    : d.thumbnailMessages().stream().map(m -> m.code() + ": " + m.message()).toList());
        } catch (SdkException | IllegalArgumentException e) {
            if (e instanceof SdkException sdk) {
                throw errors.toFlowDeck("action.thumbnail", sdk);
            }
            throw new FlowDeckException(FlowDeckException.Kind.MALFORMED, "The thumbnail is not valid base64.", e);
        }
    }

    @Override
    public List<GrantedEntitlement> grantedEntitlements() {
        try {
            List<GrantedEntitlement> all = new ArrayList<>();
            for (ListEntitlementsResponse page : clients.get().listEntitlementsPaginator(r -> r.maxResults(PAGE_SIZE))) {
                page.entitlements().forEach(e -> all.add(new GrantedEntitlement(e.entitlementArn(), e.entitlementName(),
                        e.dataTransferSubscriberFeePercent())));
            }
            return all;
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.listEntitlements", e);
        }
    }

    @Override
    public String startFlow(String flowArn) {
        try {
            return clients.get().startFlow(r -> r.flowArn(flowArn)).statusAsString();
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.startFlow", e);
        }
    }

    @Override
    public String stopFlow(String flowArn) {
        try {
            return clients.get().stopFlow(r -> r.flowArn(flowArn)).statusAsString();
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.stopFlow", e);
        }
    }
}

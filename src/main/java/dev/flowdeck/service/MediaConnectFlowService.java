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
            throw errors.toFlowDeck("list flows", e);
        }
    }

    @Override
    public FlowDetail describeFlow(String flowArn) {
        try {
            DescribeFlowResponse response = clients.get().describeFlow(r -> r.flowArn(flowArn));
            List<String> messages = response.messages() == null ? List.of() : response.messages().errors();
            return FlowMapper.detail(response.flow(), messages);
        } catch (SdkException e) {
            throw errors.toFlowDeck("describe the flow", e);
        }
    }

    @Override
    public String startFlow(String flowArn) {
        try {
            return clients.get().startFlow(r -> r.flowArn(flowArn)).statusAsString();
        } catch (SdkException e) {
            throw errors.toFlowDeck("start the flow", e);
        }
    }

    @Override
    public String stopFlow(String flowArn) {
        try {
            return clients.get().stopFlow(r -> r.flowArn(flowArn)).statusAsString();
        } catch (SdkException e) {
            throw errors.toFlowDeck("stop the flow", e);
        }
    }
}

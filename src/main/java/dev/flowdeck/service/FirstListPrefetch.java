package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.GrantedEntitlement;
import dev.flowdeck.domain.SourceMetadata;
import dev.flowdeck.domain.Thumbnail;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up speed: the first ListFlows is sent as soon as the client exists, while the window is still
 * being built, and handed to the first {@link #listFlows()} that asks. Every later call goes straight
 * to the service. The call is real and recorded in the call log like any other.
 */
public final class FirstListPrefetch implements FlowService {
    private final FlowService service;
    private final CompletableFuture<List<FlowSummary>> first = new CompletableFuture<>();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    public FirstListPrefetch(FlowService service) {
        this.service = service;
    }

    /** Sends the first ListFlows on the calling thread (the start-up thread, not the JavaFX one). */
    public void fetchNow() {
        try {
            first.complete(service.listFlows());
        } catch (RuntimeException e) {
            first.completeExceptionally(e);
        }
    }

    @Override
    public List<FlowSummary> listFlows() {
        if (handedOver.compareAndSet(false, true)) {
            try {
                return first.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return service.listFlows();
    }

    @Override
    public FlowDetail describeFlow(String flowArn) {
        return service.describeFlow(flowArn);
    }

    @Override
    public SourceMetadata sourceMetadata(String flowArn) {
        return service.sourceMetadata(flowArn);
    }

    @Override
    public Thumbnail thumbnail(String flowArn) {
        return service.thumbnail(flowArn);
    }

    @Override
    public List<GrantedEntitlement> grantedEntitlements() {
        return service.grantedEntitlements();
    }

    @Override
    public String startFlow(String flowArn) {
        return service.startFlow(flowArn);
    }

    @Override
    public String stopFlow(String flowArn) {
        return service.stopFlow(flowArn);
    }
}

package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.service.FlowDeckException;
import dev.flowdeck.service.FlowService;
import dev.flowdeck.service.FlowWaiter;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.TaskRunner;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The flow browser's state: the flows (updated in place, so selection and sort survive a
 * refresh), the selected flow's detail, a one-line message, and the start/stop commands.
 * Stopping needs the flow's name typed exactly: stopping a live flow by accident is the worst thing
 * this screen could do.
 */
public final class FlowBrowserViewModel {
    private final TaskRunner tasks;
    private final Messages text;
    private final dev.flowdeck.ui.common.BatchList<FlowSummary> flows = new dev.flowdeck.ui.common.BatchList<>();
    private final ReadOnlyObjectWrapper<FlowDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper completedLoads = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper tableHint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper detailHint = new ReadOnlyStringWrapper();
    private final javafx.beans.property.BooleanProperty monitoring = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<dev.flowdeck.domain.SourceMetadata> metadata = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<dev.flowdeck.domain.Thumbnail> thumbnail = new ReadOnlyObjectWrapper<>();
    /** When the rows shown last matched the service; set while refreshes fail, so old data never looks fresh. */
    private final ReadOnlyObjectWrapper<java.time.LocalTime> staleSince = new ReadOnlyObjectWrapper<>();
    private java.time.LocalTime lastSuccess;
    private final Set<String> following = new HashSet<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    /** Source protocol by flow ARN, learnt from DescribeFlow (ListFlows does not say). */
    private final javafx.collections.ObservableMap<String, String> protocols = FXCollections.observableHashMap();
    private dev.flowdeck.service.AuditLog audit;
    /** Signal health by flow ARN (a flow without an entry has not been judged yet) and of the flow on show. */
    private final FlowHealthModel healthModel;
    static final int DESCRIBES_PER_REFRESH = 5;
    static final int BULK_CHANGE = 50;
    private FlowService service;
    private Function<FlowService, FlowWaiter> waiters;
    private String selectedArn;

    public FlowBrowserViewModel(TaskRunner tasks, Messages text) {
        this.tasks = tasks;
        this.text = text;
        this.healthModel = new FlowHealthModel(tasks, java.time.Clock.systemUTC());
        tableHint.set(text.get("flows.table.loading"));
        detailHint.set(text.get("detail.none"));
        monitoring.addListener((obs, was, on) -> loadMonitoring(detail.get()));
        detail.addListener((obs, was, now) -> {
            if (was == null || now == null || !was.arn().equals(now.arn())) {
                metadata.set(null);
                thumbnail.set(null);
            }
            loadMonitoring(now);
            healthModel.loadDetail(now, false);
        });
    }

    /** Source metadata and thumbnail are opt-in and fetched only for an ACTIVE selected flow (they cost requests). */
    private void loadMonitoring(FlowDetail d) {
        if (!monitoring.get() || d == null || d.statusKind() != FlowStatus.ACTIVE || service == null) {
            return;
        }
        String arn = d.arn();
        FlowService asked = service;
        tasks.run("source metadata", () -> asked.sourceMetadata(arn), m -> {
            if (arn.equals(selectedArn)) {
                metadata.set(m);
            }
        }, this::error);
        if (d.thumbnailsPossible()) {
            tasks.run("thumbnail", () -> asked.thumbnail(arn), t -> {
                if (arn.equals(selectedArn)) {
                    thumbnail.set(t);
                }
            }, this::error);
        }
    }

    /** A read-only connection hides and refuses every mutating action. */
    public void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    /** Health is fetched after a refresh, at most once per {@code interval} (GetMetricData is billed per metric query). */
    public void setHealthService(dev.flowdeck.service.HealthService service, java.time.Duration interval) {
        healthModel.use(service, interval);
    }

    public FlowHealthModel healthModel() {
        return healthModel;
    }

    public void setAuditLog(dev.flowdeck.service.AuditLog log) {
        this.audit = log;
    }

    /** The connection could not be built: nothing will load until the user fixes it. */
    public void connectionFailed(String why) {
        error(why);
        tableHint.set(text.format("flows.table.failed", why));
    }

    /** Gives the view model its service once the connection is built (in parallel with the window). */
    public void connect(FlowService flowService, Function<FlowService, FlowWaiter> waiterFactory) {
        boolean switching = this.service != null && this.service != flowService;
        this.service = flowService;
        if (switching) {
            flows.clear();
            detail.set(null);
            staleSince.set(null);
            lastSuccess = null;
        }
        this.waiters = waiterFactory;
        connected.set(true);
        refresh();
    }

    public void refresh() {
        if (service == null || loading.get()) {
            return;
        }
        loading.set(true);
        tableHint.set(text.get("flows.table.loading"));
        FlowService asked = service;
        tasks.run("list flows", asked::listFlows, list -> {
            loading.set(false);
            if (asked != service) {
                refresh();
                return;
            }
            tableHint.set(text.get("flows.table.empty"));
            describeSome(merge(list));
            healthModel.refreshAfter(flows, detail.get());
            lastSuccess = java.time.LocalTime.now().withNano(0);
            staleSince.set(null);
            completedLoads.set(completedLoads.get() + 1);
            info(text.format("flows.loaded", list.size()));
        }, failure -> {
            loading.set(false);
            if (asked != service) {
                // An answer from the connection the user just left: ask the new one instead.
                refresh();
                return;
            }
            // Keep the last rows, marked stale: a failed refresh must never turn flows into ERROR or empty.
            if (!flows.isEmpty() && lastSuccess != null) {
                staleSince.set(lastSuccess);
            }
            if (failure instanceof FlowDeckException fd && fd.kind() == FlowDeckException.Kind.THROTTLED) {
                info(text.get("flows.throttled"));
                return;
            }
            error(failure);
            tableHint.set(text.format("flows.table.failed", message.get()));
        });
    }

    public void select(FlowSummary summary) {
        selectedArn = summary == null ? null : summary.arn();
        if (summary == null) {
            detail.set(null);
            detailHint.set(text.get("detail.none"));
            return;
        }
        if (detail.get() == null || !detail.get().arn().equals(summary.arn())) {
            detail.set(null);
            detailHint.set(text.format("detail.loading", summary.name()));
        }
        String arn = summary.arn();
        tasks.run("describe " + summary.name(), () -> service.describeFlow(arn), d -> {
            learnProtocol(d);
            if (arn.equals(selectedArn)) {
                detail.set(d);
            }
        }, this::error);
    }

    public boolean canStart(FlowSummary flow) {
        FlowStatus s = flow == null ? null : flow.statusKind();
        return service != null && !readOnly.get() && (s == FlowStatus.STANDBY || s == FlowStatus.ERROR) && !following.contains(flow.arn());
    }

    public boolean canStop(FlowSummary flow) {
        FlowStatus s = flow == null ? null : flow.statusKind();
        return service != null && !readOnly.get() && (s == FlowStatus.ACTIVE || s == FlowStatus.ERROR) && !following.contains(flow.arn());
    }

    public void start(FlowSummary flow) {
        if (readOnly.get()) {
            error(text.get("flows.readOnly"));
            return;
        }
        if (!canStart(flow)) {
            error(text.format("flows.start.notNow", flow == null ? "—" : flow.name()));
            return;
        }
        operate(flow, FlowStatus.ACTIVE, () -> service.startFlow(flow.arn()));
    }

    /**
     * Stops the flow only when {@code typedName} is exactly its name; returns whether the stop was sent.
     */
    public boolean stop(FlowSummary flow, String typedName) {
        if (!confirmedStop(flow, typedName)) {
            return false;
        }
        operate(flow, FlowStatus.STANDBY, () -> service.stopFlow(flow.arn()));
        return true;
    }

    /** Stop, wait for STANDBY, start, wait for ACTIVE — with the flow's name typed like a stop. */
    public boolean restart(FlowSummary flow, String typedName) {
        if (!confirmedStop(flow, typedName)) {
            return false;
        }
        String arn = flow.arn();
        following.add(arn);
        audit(flow, "restart", "requested");
        info(text.format("flows.restart.sent", flow.name()));
        FlowService asked = service;
        FlowWaiter waiter = waiters.apply(asked);
        tasks.run("restart " + flow.name(), () -> {
            tasks.onUiThread(() -> setStatus(arn, "STOPPING"));
            asked.stopFlow(arn);
            FlowWaiter.Outcome stopped = waiter.waitFor(arn, FlowStatus.STANDBY, d -> tasks.onUiThread(() -> applyDetail(d)));
            if (!stopped.reached()) {
                return stopped;
            }
            asked.startFlow(arn);
            tasks.onUiThread(() -> setStatus(arn, "STARTING"));
            return waiter.waitFor(arn, FlowStatus.ACTIVE, d -> tasks.onUiThread(() -> applyDetail(d)));
        }, outcome -> finished(flow, "restart", outcome), failure -> failed(flow, "restart", failure));
        return true;
    }

    private boolean confirmedStop(FlowSummary flow, String typedName) {
        if (readOnly.get()) {
            error(text.get("flows.readOnly"));
            if (flow != null) {
                audit(flow, "stop", "refused: read-only connection");
            }
            return false;
        }
        if (flow == null || typedName == null || !flow.name().equals(typedName.strip())) {
            error(text.format("flows.stop.nameMismatch", flow == null ? "—" : flow.name()));
            if (flow != null) {
                audit(flow, "stop", "refused: typed name did not match");
            }
            return false;
        }
        if (!canStop(flow)) {
            error(text.format("flows.stop.notNow", flow.name(), flow.status()));
            return false;
        }
        return true;
    }

    private void operate(FlowSummary flow, FlowStatus target, java.util.concurrent.Callable<String> request) {
        String arn = flow.arn();
        following.add(arn);
        // Written when sent, not only when settled: a stop that was sent is on record even if FlowDeck closes.
        audit(flow, target == FlowStatus.ACTIVE ? "start" : "stop", "requested");
        info(text.format(target == FlowStatus.ACTIVE ? "flows.start.sent" : "flows.stop.sent", flow.name()));
        FlowWaiter waiter = waiters.apply(service);
        tasks.run("operate " + flow.name(), () -> {
            String answered = request.call();
            tasks.onUiThread(() -> setStatus(arn, answered));
            return waiter.waitFor(arn, target, d -> tasks.onUiThread(() -> applyDetail(d)));
        }, outcome -> finished(flow, target == FlowStatus.ACTIVE ? "start" : "stop", outcome),
                failure -> failed(flow, target == FlowStatus.ACTIVE ? "start" : "stop", failure));
    }

    private void finished(FlowSummary flow, String action, FlowWaiter.Outcome outcome) {
        following.remove(flow.arn());
        if (outcome.reached()) {
            info(text.format("flows.settled", flow.name(), outcome.last().status()));
            audit(flow, action, "ok: " + outcome.last().status());
        } else {
            error(text.format("flows.notSettled", flow.name(), outcome.why()));
            audit(flow, action, "did not settle: " + outcome.why());
        }
    }

    private void failed(FlowSummary flow, String action, Throwable failure) {
        following.remove(flow.arn());
        error(failure);
        audit(flow, action, "failed: " + failure.getMessage());
    }

    private void audit(FlowSummary flow, String action, String result) {
        if (audit != null) {
            dev.flowdeck.service.AuditLog log = audit;
            tasks.run("audit", () -> {
                log.record(flow.name(), flow.arn(), action, result);
                return null;
            }, done -> { }, e -> error(String.valueOf(e.getMessage())));
        }
    }

    private void applyDetail(FlowDetail d) {
        learnProtocol(d);
        setStatus(d.arn(), d.status());
        if (d.arn().equals(selectedArn)) {
            detail.set(d);
        }
    }

    private void setStatus(String arn, String status) {
        for (int i = 0; i < flows.size(); i++) {
            FlowSummary f = flows.get(i);
            if (f.arn().equals(arn) && !Objects.equals(f.status(), status)) {
                flows.set(i, new FlowSummary(f.arn(), f.name(), status, f.sourceType(), f.availabilityZone(), f.description()));
            }
        }
    }

    /**
     * Updates the list in place by ARN: changed rows replaced, gone rows removed, new rows appended.
     * Returns the flows whose summary changed or that are new — the only ones worth a DescribeFlow.
     */
    private List<FlowSummary> merge(List<FlowSummary> incoming) {
        Map<String, FlowSummary> byArn = new LinkedHashMap<>();
        incoming.forEach(f -> byArn.put(f.arn(), f));
        protocols.keySet().retainAll(byArn.keySet());
        List<FlowSummary> changed = new java.util.ArrayList<>();
        long differing = flows.stream().filter(f -> !f.equals(byArn.get(f.arn()))).count() + Math.max(0, byArn.size() - flows.size());
        if (differing > BULK_CHANGE) {
            // Many rows changed: one replacement is cheaper for the table than hundreds of small edits.
            // Unchanged rows keep their identity, so selection (by ARN) and scroll stay put.
            Map<String, FlowSummary> current = new java.util.HashMap<>();
            flows.forEach(f -> current.put(f.arn(), f));
            List<FlowSummary> next = new java.util.ArrayList<>(byArn.size());
            for (FlowSummary fresh : byArn.values()) {
                FlowSummary old = current.get(fresh.arn());
                next.add(fresh.equals(old) ? old : fresh);
                if (!fresh.equals(old)) {
                    changed.add(fresh);
                }
            }
            flows.setAll(next);
            return changed;
        }
        flows.batch(() -> {
            flows.removeIf(f -> !byArn.containsKey(f.arn()));
            for (int i = 0; i < flows.size(); i++) {
                FlowSummary fresh = byArn.remove(flows.get(i).arn());
                if (!fresh.equals(flows.get(i))) {
                    flows.set(i, fresh);
                    changed.add(fresh);
                }
            }
            changed.addAll(byArn.values());
            flows.addAll(byArn.values());
        });
        return changed;
    }

    /**
     * Learns the source protocol of a few flows per refresh — changed ones first, then ones never
     * described — so the Protocol column fills in over a few refreshes without spending the budget.
     */
    private void describeSome(List<FlowSummary> changed) {
        FlowService asked = service;
        java.util.LinkedHashSet<String> candidates = new java.util.LinkedHashSet<>();
        changed.forEach(f -> candidates.add(f.arn()));
        flows.forEach(f -> candidates.add(f.arn()));
        List<String> arns = candidates.stream().filter(a -> !protocols.containsKey(a)).limit(DESCRIBES_PER_REFRESH).toList();
        if (arns.isEmpty()) {
            return;
        }
        tasks.run("describe changed flows", () -> {
            List<FlowDetail> details = new java.util.ArrayList<>();
            for (String arn : arns) {
                details.add(asked.describeFlow(arn));
            }
            return details;
        }, details -> details.forEach(this::learnProtocol), e -> { });
    }

    private void learnProtocol(FlowDetail d) {
        String protocol = d.sources().isEmpty() ? null : d.sources().get(0).entitled() ? "entitled" : d.sources().get(0).protocol();
        if (protocol != null) {
            protocols.put(d.arn(), protocol);
        }
    }

    private void info(String line) {
        messageIsError.set(false);
        message.set(line);
    }

    private void error(String line) {
        messageIsError.set(true);
        message.set(line);
    }

    private void error(Throwable failure) {
        String line = failure instanceof FlowDeckException fd ? fd.getMessage() + networkHint(fd.kind())
                : text.format("error.unexpected", String.valueOf(failure.getMessage()));
        error(line);
    }

    private String networkHint(FlowDeckException.Kind kind) {
        return switch (kind) {
            case TIMEOUT, UNREACHABLE, DNS, WRONG_REGION -> " " + text.get("flows.seeNetwork");
            default -> "";
        };
    }

    public ObservableList<FlowSummary> flows() {
        return flows;
    }

    public ReadOnlyObjectProperty<FlowDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty completedLoadsProperty() {
        return completedLoads.getReadOnlyProperty();
    }

    public javafx.beans.property.BooleanProperty monitoringProperty() {
        return monitoring;
    }

    public ReadOnlyObjectProperty<dev.flowdeck.domain.SourceMetadata> metadataProperty() {
        return metadata.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<dev.flowdeck.domain.Thumbnail> thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<java.time.LocalTime> staleSinceProperty() {
        return staleSince.getReadOnlyProperty();
    }

    public javafx.collections.ObservableMap<String, dev.flowdeck.domain.FlowHealth> health() {
        return healthModel.health();
    }

    public javafx.collections.ObservableMap<String, String> protocols() {
        return protocols;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** What the detail pane says when it has no flow to show ("select a flow", "loading …"). */
    public ReadOnlyStringProperty detailHintProperty() {
        return detailHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tableHintProperty() {
        return tableHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}

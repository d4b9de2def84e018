package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.SignalDetail;
import dev.flowdeck.service.HealthService;
import dev.flowdeck.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Signal health for the flow browser: every flow's verdict by ARN (one batched sweep per interval,
 * after a flow refresh) and the per-output detail of the flow on show. GetMetricData is billed by
 * metric query, so nothing is asked more often than the interval in the settings.
 */
public final class FlowHealthModel {
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableMap<String, FlowHealth> health = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<SignalDetail> signal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper queriesPerRefresh = new ReadOnlyIntegerWrapper();
    private HealthService service;
    private Duration interval = Duration.ofSeconds(60);
    private Instant lastSweep = Instant.MIN;
    private Instant lastDetail = Instant.MIN;
    private String detailArn;

    public FlowHealthModel(TaskRunner tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A new connection (or new thresholds): forget every verdict and ask again at the next refresh. */
    public void use(HealthService healthService, Duration every) {
        service = healthService;
        interval = every;
        lastSweep = Instant.MIN;
        lastDetail = Instant.MIN;
        health.clear();
        signal.set(null);
    }

    /** After each successful flow refresh; asks CloudWatch only when the interval has passed. */
    void refreshAfter(List<FlowSummary> flows, FlowDetail onShow) {
        queriesPerRefresh.set(HealthService.queriesFor((int) flows.stream().filter(f -> f.statusKind() == FlowStatus.ACTIVE).count()));
        HealthService asked = service;
        Instant now = clock.instant();
        if (asked == null || now.isBefore(lastSweep.plus(interval))) {
            return;
        }
        lastSweep = now;
        List<FlowSummary> snapshot = List.copyOf(flows);
        tasks.run("signal health", () -> asked.health(snapshot), result -> {
            if (asked == service) {
                health.putAll(result);
                health.keySet().retainAll(snapshot.stream().map(FlowSummary::arn).toList());
            }
        }, e -> { });
        loadDetail(onShow, true);
    }

    /** The flow on show changed (or was described again): its outputs' metrics, once per interval. */
    void loadDetail(FlowDetail d, boolean intervalPassed) {
        HealthService asked = service;
        if (d == null || asked == null) {
            signal.set(null);
            detailArn = null;
            return;
        }
        boolean sameFlow = d.arn().equals(detailArn);
        if (sameFlow && !intervalPassed && clock.instant().isBefore(lastDetail.plus(interval))) {
            return;
        }
        if (!sameFlow) {
            signal.set(null);
        }
        detailArn = d.arn();
        lastDetail = clock.instant();
        tasks.run("output health", () -> asked.detail(d), s -> {
            if (asked == service && s.flowArn().equals(detailArn)) {
                signal.set(s);
            }
        }, e -> { });
    }

    public ObservableMap<String, FlowHealth> health() {
        return health;
    }

    public ReadOnlyObjectProperty<SignalDetail> signalProperty() {
        return signal.getReadOnlyProperty();
    }

    /** Metric queries one sweep of the current flows costs (the settings turn it into queries an hour). */
    public ReadOnlyIntegerProperty queriesPerRefreshProperty() {
        return queriesPerRefresh.getReadOnlyProperty();
    }
}

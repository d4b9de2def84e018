package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.SignalDetail;
import dev.flowdeck.service.MetricNames;
import dev.flowdeck.ui.common.Messages;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The detail pane's signal health: the verdict in words, each sweep metric's current value and
 * 15-minute sparkline, the rest of TR 101 290 priority 1, and every output's connection and bitrate.
 * Redraws itself when new metrics for the flow on show arrive.
 */
final class HealthSection extends VBox {
    private final FlowHealthModel model;
    private final Messages text;
    private final VBox verdictBox = new VBox(4);
    private final VBox signalBox = new VBox(4);
    private FlowDetail shown;

    HealthSection(FlowHealthModel model, Messages text) {
        super(4);
        this.model = model;
        this.text = text;
        setId("detailHealth");
        verdictBox.setId("detailHealthVerdictBox");
        signalBox.setId("detailSignal");
        getChildren().addAll(verdictBox, signalBox);
        model.health().addListener((MapChangeListener<String, FlowHealth>) c -> {
            if (shown != null && c.getKey().equals(shown.arn())) {
                showVerdict();
            }
        });
        model.signalProperty().subscribe(this::showSignal);
    }

    void show(FlowDetail d) {
        shown = d;
        showVerdict();
        showSignal(model.signalProperty().get());
    }

    private void showVerdict() {
        verdictBox.getChildren().clear();
        FlowHealth h = shown == null ? null : model.health().get(shown.arn());
        if (h == null) {
            verdictBox.getChildren().add(DetailText.line(text.get("detail.healthPending"), "hint"));
            return;
        }
        String why = dev.flowdeck.ui.common.HealthText.reason(h, text);
        Label verdict = DetailText.line(HealthCell.text(h, text) + (why.isEmpty() ? "" : " · " + why), "health-verdict");
        verdict.setId("detailHealthVerdict");
        verdict.getStyleClass().add(switch (h.state()) {
            case NO_INPUT -> "health-alarm";
            case DEGRADED -> "health-degraded";
            case HEALTHY -> "health-ok";
            default -> "health-unknown";
        });
        verdictBox.getChildren().add(verdict);
        for (String metric : MetricNames.FLOW_SWEEP) {
            addMetric(verdictBox, metric, metric, h.series().getOrDefault(metric, List.of()));
        }
    }

    private void showSignal(SignalDetail s) {
        signalBox.getChildren().clear();
        if (shown == null || s == null || !s.flowArn().equals(shown.arn())) {
            return;
        }
        if (s.problem() != null) {
            signalBox.getChildren().add(DetailText.line(text.format("detail.signalUnavailable",
                    dev.flowdeck.ui.common.HealthText.reason(s.problem(), text)), "hint"));
            return;
        }
        signalBox.getChildren().add(DetailText.subsection(text.get("detail.transportStream")));
        s.transportStream().forEach((metric, values) -> addMetric(signalBox, metric, metric, values));
        signalBox.getChildren().add(DetailText.subsection(text.get("detail.outputSignals")));
        for (SignalDetail.OutputSignal o : s.outputs()) {
            addMetric(signalBox, MetricNames.OUTPUT_CONNECTED, o.name() + " · " + MetricNames.OUTPUT_CONNECTED, o.connected());
            addMetric(signalBox, MetricNames.OUTPUT_BITRATE, o.name() + " · " + MetricNames.OUTPUT_BITRATE, o.bitrate());
        }
    }

    private void addMetric(VBox box, String metric, String label, List<Double> values) {
        if (values.isEmpty()) {
            return;
        }
        Label now = new Label(label + " " + format(metric, values.get(0)));
        now.setMinWidth(300);
        HBox row = new HBox(8, now, new Sparkline(values));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("metric-row");
        box.getChildren().add(row);
    }

    private String format(String metric, double value) {
        return switch (metric) {
            case MetricNames.SOURCE_BITRATE, MetricNames.OUTPUT_BITRATE -> String.format(text.locale(), "%.1f Mb/s", value / 1_000_000);
            case MetricNames.SOURCE_CONNECTED, MetricNames.OUTPUT_CONNECTED ->
                    text.get(value >= 0.5 ? "detail.outputConnected" : "detail.outputNotConnected");
            case MetricNames.SOURCE_LOSS -> String.format(text.locale(), "%.2f %%", value);
            default -> String.valueOf(Math.round(value));
        };
    }
}

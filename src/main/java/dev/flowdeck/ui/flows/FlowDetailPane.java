package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.EntitlementInfo;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.OutputInfo;
import dev.flowdeck.domain.SourceInfo;
import dev.flowdeck.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected flow: identity, sources (with failover), outputs, entitlements, the service's messages. */
public final class FlowDetailPane extends ScrollPane {
    private final Messages text;
    private final VBox content = new VBox(8);

    private final FlowBrowserViewModel model;
    private final VBox monitor = new VBox(4);
    private final HealthSection health;
    private Label statusChip;
    private FlowDetail shownStatus;
    private Runnable start = () -> { };
    private Runnable stop = () -> { };
    private Runnable restart = () -> { };

    /** What the pane's Start / Stop… / Restart… buttons do (the window's own confirmations). */
    public void setActions(Runnable onStart, Runnable onStop, Runnable onRestart) {
        start = onStart;
        stop = onStop;
        restart = onRestart;
    }

    private javafx.scene.layout.HBox actions() {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6);
        box.setId("detailActions");
        if (model.readOnlyProperty().get()) {
            return box;
        }
        var summary = model.flows().stream().filter(f -> model.detailProperty().get() != null
                && f.arn().equals(model.detailProperty().get().arn())).findFirst().orElse(null);
        javafx.scene.control.Button startButton = new javafx.scene.control.Button(text.get("toolbar.start"));
        startButton.setId("detailStart");
        startButton.setDisable(!model.canStart(summary));
        startButton.setOnAction(e -> start.run());
        javafx.scene.control.Button stopButton = new javafx.scene.control.Button(text.get("toolbar.stop"));
        stopButton.setId("detailStop");
        stopButton.setDisable(!model.canStop(summary));
        stopButton.setOnAction(e -> stop.run());
        javafx.scene.control.Button restartButton = new javafx.scene.control.Button(text.get("toolbar.restart"));
        restartButton.setId("detailRestart");
        restartButton.setDisable(!model.canStop(summary));
        restartButton.setOnAction(e -> restart.run());
        box.getChildren().addAll(startButton, stopButton, restartButton);
        return box;
    }

    public FlowDetailPane(FlowBrowserViewModel model, Messages text) {
        this.text = text;
        this.model = model;
        this.health = new HealthSection(model.healthModel(), text);
        model.health().addListener((javafx.collections.MapChangeListener<String, dev.flowdeck.domain.FlowHealth>) c -> {
            if (shownStatus != null && c.getKey().equals(shownStatus.arn())) {
                drawStatus();
            }
        });
        setId("flowDetail");
        setFitToWidth(true);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("detail");
        setContent(content);
        model.detailProperty().subscribe(this::show);
        monitor.setId("detailMonitor");
        model.metadataProperty().subscribe(m -> showMonitor());
        model.thumbnailProperty().subscribe(t -> showMonitor());
    }

    private void show(FlowDetail d) {
        content.getChildren().clear();
        health.show(d);
        if (d == null) {
            Label hint = new Label();
            hint.setId("detailHint");
            hint.textProperty().bind(model.detailHintProperty());
            content.getChildren().add(hint);
            return;
        }
        Label title = new Label(d.name());
        title.setId("detailName");
        title.getStyleClass().add("detail-title");
        Label status = new Label();
        status.setId("detailStatus");
        statusChip = status;
        shownStatus = d;
        drawStatus();
        // Health right under the status: the first thing to read about a live flow.
        content.getChildren().addAll(title, new javafx.scene.layout.HBox(8, status, actions()), section(text.get("detail.health")), health,
                facts(d));

        content.getChildren().add(section(text.format("detail.sources", d.sources().size())));
        if (d.failover() != null) {
            Label failover = new Label(d.failover().label());
            failover.setId("detailFailover");
            content.getChildren().add(failover);
        }
        VBox sources = new VBox(4);
        sources.setId("detailSources");
        d.sources().forEach(s -> sources.getChildren().add(line(sourceText(s), s.primary() ? "primary-source" : "source")));
        content.getChildren().add(sources);

        content.getChildren().add(section(text.format("detail.outputs", d.outputs().size())));
        VBox outputs = new VBox(4);
        outputs.setId("detailOutputs");
        d.outputs().forEach(o -> outputs.getChildren().add(line(outputText(o), "output")));
        content.getChildren().add(outputs);

        content.getChildren().add(section(text.format("detail.entitlements", d.entitlements().size())));
        VBox entitlements = new VBox(4);
        entitlements.setId("detailEntitlements");
        d.entitlements().forEach(e -> entitlements.getChildren().add(line(entitlementText(e), "entitlement")));
        if (d.entitlements().isEmpty()) {
            entitlements.getChildren().add(new Label("—"));
        }
        content.getChildren().add(entitlements);

        if (!d.vpcInterfaces().isEmpty()) {
            content.getChildren().add(section(text.format("detail.vpcInterfaces", d.vpcInterfaces().size())));
            VBox vpcs = new VBox(4);
            vpcs.setId("detailVpcInterfaces");
            d.vpcInterfaces().forEach(v -> vpcs.getChildren().add(line(v.name() + " · " + String.join(", ", v.networkInterfaceIds())
                    + " · " + v.subnetId() + " · " + text.format("detail.securityGroups", String.join(", ", v.securityGroupIds()))
                    + (v.type() == null ? "" : " · " + v.type()), "vpc-interface")));
            content.getChildren().add(vpcs);
        }
        if (!d.mediaStreams().isEmpty()) {
            content.getChildren().add(section(text.format("detail.mediaStreams", d.mediaStreams().size())));
            VBox streams = new VBox(4);
            streams.setId("detailMediaStreams");
            d.mediaStreams().forEach(m -> streams.getChildren().add(line(m, "media-stream")));
            content.getChildren().add(streams);
        }

        content.getChildren().add(section(text.get("detail.operations")));
        Label maintenance = line(d.maintenance() == null ? text.get("detail.noMaintenance") : text.format("detail.maintenance",
                orDash(d.maintenance().day()), orDash(d.maintenance().startHour()), orDash(d.maintenance().scheduledDate()),
                orDash(d.maintenance().deadline())), "maintenance");
        maintenance.setId("detailMaintenance");
        Label size = line(text.format("detail.sizeAndMonitoring", orDash(d.flowSize()), orDash(d.thumbnailState())), "flow-size");
        content.getChildren().addAll(maintenance, size);

        if (!d.messages().isEmpty()) {
            content.getChildren().add(section(text.get("detail.messages")));
            d.messages().forEach(m -> content.getChildren().add(line("▲ " + m, "flow-message")));
        }

        content.getChildren().add(section(text.get("detail.sourceMonitoring")));
        javafx.scene.control.CheckBox toggle = new javafx.scene.control.CheckBox(text.get("detail.monitorToggle"));
        toggle.setId("monitorToggle");
        toggle.selectedProperty().bindBidirectional(model.monitoringProperty());
        toggle.setDisable(d.statusKind() != dev.flowdeck.domain.FlowStatus.ACTIVE);
        content.getChildren().addAll(toggle, monitor);
        showMonitor();
    }

    private void showMonitor() {
        monitor.getChildren().clear();
        FlowDetail d = model.detailProperty().get();
        if (d == null || !model.monitoringProperty().get()) {
            return;
        }
        if (d.statusKind() != dev.flowdeck.domain.FlowStatus.ACTIVE) {
            monitor.getChildren().add(line(text.get("detail.monitorOnlyActive"), "hint"));
            return;
        }
        var thumb = model.thumbnailProperty().get();
        if (thumb != null && thumb.jpeg() != null) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(
                    new javafx.scene.image.Image(new java.io.ByteArrayInputStream(thumb.jpeg())));
            view.setId("thumbnail");
            view.setFitWidth(320);
            view.setPreserveRatio(true);
            monitor.getChildren().addAll(view, line(text.format("detail.timecode", orDash(thumb.timecode())), "timecode"));
        } else if (!d.thumbnailsPossible()) {
            monitor.getChildren().add(line(text.get("detail.noThumbnails"), "hint"));
        }
        if (thumb != null) {
            thumb.messages().forEach(m -> monitor.getChildren().add(line("▲ " + m, "flow-message")));
        }
        var meta = model.metadataProperty().get();
        if (meta != null) {
            VBox lines = new VBox(2);
            lines.setId("sourceMetadata");
            meta.streams().forEach(l -> lines.getChildren().add(line(l, "metadata")));
            meta.messages().forEach(m -> lines.getChildren().add(line("▲ " + m, "flow-message")));
            monitor.getChildren().add(lines);
        }
    }

    private GridPane facts(FlowDetail d) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        String[][] rows = {
                {text.get("detail.arn"), d.arn()},
                {text.get("detail.region"), d.parsedArn().region() + " · " + text.get("detail.account") + " " + d.parsedArn().account()},
                {text.get("detail.az"), d.availabilityZone()},
                {text.get("detail.egressIp"), d.egressIp()},
                {text.get("detail.description"), d.description()}};
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("fact-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(orDash(rows[i][1]));
            value.setWrapText(true);
            grid.addRow(i, key, value);
        }
        return grid;
    }

    String sourceText(SourceInfo s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.name() + (s.primary() ? " ★ " + text.get("detail.primary") : ""));
        if (s.protocol() != null || !s.entitled()) {
            parts.add(orDash(s.protocol()));
        }
        if (s.entitled()) {
            parts.add(text.format("detail.entitledFrom", s.grantingAccount()));
        }
        if (s.ingestPort() != null) {
            parts.add(text.format("detail.ingest", orDash(s.ingestIp()), String.valueOf(s.ingestPort())));
        }
        if (s.listenerAddress() != null) {
            parts.add(text.format("detail.caller", s.listenerAddress(), String.valueOf(s.listenerPort())));
        }
        if (s.allowList() != null) {
            parts.add(text.format("detail.allowList", s.allowList()));
        }
        if (s.maxBitrate() != null) {
            parts.add(text.format("detail.maxBitrate", String.format("%.1f", s.maxBitrate() / 1_000_000.0)));
        }
        if (s.vpcInterfaceName() != null) {
            parts.add(text.format("detail.vpcInterface", s.vpcInterfaceName()));
        }
        s.protocolDetails().forEach((label, value) -> parts.add(label + " " + value));
        return String.join(" · ", parts);
    }

    private String outputText(OutputInfo o) {
        List<String> parts = new ArrayList<>();
        parts.add(o.name());
        if (o.protocol() != null) {
            parts.add(o.protocol());
        }
        if (o.destination() != null) {
            parts.add(o.destination() + ":" + (o.port() == null ? "—" : o.port()));
        } else if (o.port() != null) {
            parts.add(text.format("detail.port", o.port()));
        }
        o.protocolDetails().forEach((label, value) -> parts.add(label + " " + value));
        if (o.mediaLiveInputArn() != null) {
            parts.add(text.format("detail.mediaLive", o.mediaLiveInputArn()));
        }
        if (o.status() != null) {
            parts.add(o.status());
        }
        parts.add(text.get(o.encrypted() ? "detail.encrypted" : "detail.notEncrypted"));
        return String.join(" · ", parts);
    }

    private String entitlementText(EntitlementInfo e) {
        return e.name() + " · " + text.format("detail.subscribers", String.join(", ", e.subscribers()))
                + (e.dataTransferPercent() == null ? "" : " · " + text.format("detail.dataTransfer", e.dataTransferPercent()))
                + (e.status() == null ? "" : " · " + e.status());
    }

    /** The status chip, drawn with the flow's health: ACTIVE is green only when the signal is judged healthy. */
    private void drawStatus() {
        StatusLook look = StatusLook.of(shownStatus.status(), model.health().get(shownStatus.arn()));
        statusChip.setText(look.glyph() + " " + shownStatus.status());
        statusChip.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-chip"));
        statusChip.getStyleClass().addAll("status-chip", look.styleClass());
    }

    private static Label section(String title) {
        return DetailText.section(title);
    }

    private static Label line(String value, String style) {
        return DetailText.line(value, style);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}

package dev.flowdeck.ui.main;

import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.ui.calllog.CallLogView;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.flows.FlowDetailPane;
import dev.flowdeck.ui.flows.FlowFilterBar;
import dev.flowdeck.ui.flows.FlowTableView;
import dev.flowdeck.ui.flows.StopFlowDialog;
import dev.flowdeck.ui.network.NetworkPanel;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;

/** The desktop window: toolbar, flow table and detail, call log, and a status bar with the path badge. */
public final class MainWindow extends BorderPane {
    private final FlowBrowserViewModel flows;
    private final CallLogViewModel calls;
    private final Messages text;
    private final FlowTableView table;
    private final Label connectionLabel = new Label();
    private final Label timeoutsLabel = new Label();
    private final Label noticeLabel = new Label();
    private final TabPane tabs = new TabPane();
    private FlowFilterBar filterBar;
    private final javafx.animation.Timeline autoRefresh = new javafx.animation.Timeline();
    private Runnable onAudit = () -> { };
    private Runnable onSettings = () -> { };
    private Runnable onGranted = () -> { };
    private final javafx.scene.control.CheckBox auto = new javafx.scene.control.CheckBox();
    private Runnable onConnection = () -> { };

    public MainWindow(FlowBrowserViewModel flows, CallLogViewModel calls, NetworkViewModel network, Messages text) {
        this.flows = flows;
        this.calls = calls;
        this.text = text;
        this.table = new FlowTableView(flows, text);
        getStyleClass().add("main-window");

        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<FlowSummary> row = new javafx.scene.control.TableRow<>();
            javafx.scene.control.MenuItem startItem = new javafx.scene.control.MenuItem(text.get("toolbar.start"));
            startItem.setOnAction(e -> flows.start(row.getItem()));
            javafx.scene.control.MenuItem stopItem = new javafx.scene.control.MenuItem(text.get("toolbar.stop"));
            stopItem.setOnAction(e -> confirmStop());
            javafx.scene.control.MenuItem restartItem = new javafx.scene.control.MenuItem(text.get("toolbar.restart"));
            restartItem.setOnAction(e -> confirmRestart());
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(startItem, stopItem, restartItem);
            menu.setOnShowing(e -> {
                startItem.setDisable(!flows.canStart(row.getItem()));
                stopItem.setDisable(!flows.canStop(row.getItem()));
                restartItem.setDisable(!flows.canStop(row.getItem()));
            });
            // A read-only connection offers no way to change anything, not even in a menu.
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty().or(flows.readOnlyProperty()))
                    .then((javafx.scene.control.ContextMenu) null).otherwise(menu));
            return row;
        });
        FlowFilterBar filter = new FlowFilterBar(flows, text);
        table.filterBy(filter.predicateProperty());
        this.filterBar = filter;
        VBox tableBox = new VBox(4, filter, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowDetailPane detailPane = new FlowDetailPane(flows, text);
        detailPane.setActions(() -> flows.start(selected()), this::confirmStop, this::confirmRestart);
        SplitPane upper = new SplitPane(tableBox, detailPane);
        upper.setDividerPositions(0.58);
        Tab flowsTab = new Tab(text.get("flows.tab"), upper);
        flowsTab.setId("flowsTab");
        Tab networkTab = new Tab(text.get("network.tab"));
        networkTab.setId("networkTab");
        // Built when first shown: the window comes up sooner, and nothing in it runs until then anyway.
        networkTab.selectedProperty().subscribe(shown -> {
            if (shown && networkTab.getContent() == null) {
                networkTab.setContent(new NetworkPanel(network, text));
            }
        });
        tabs.getTabs().addAll(flowsTab, networkTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane body = new SplitPane(tabs, new CallLogView(calls, text));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.68);

        Label banner = new Label();
        banner.setId("errorBanner");
        banner.getStyleClass().add("error-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "▲ " + flows.messageProperty().get()
                + (flows.staleSinceProperty().get() == null ? "" : " " + text.format("flows.staleSince", flows.staleSinceProperty().get())),
                flows.messageProperty(), flows.staleSinceProperty()));
        banner.visibleProperty().bind(flows.messageIsErrorProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        // Notices (a settings file set aside, a changed endpoint…) in their own bar under the toolbar: never in an
        // overflow menu, never wiped by the next connection; the operator dismisses them.
        noticeLabel.setId("noticeBanner");
        noticeLabel.setWrapText(true);
        noticeLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(noticeLabel, Priority.ALWAYS);
        Button dismiss = new Button("✕");
        dismiss.setId("dismissNotice");
        dismiss.getStyleClass().add("notice-dismiss");
        dismiss.setOnAction(e -> noticeLabel.setText(""));
        HBox notices = new HBox(8, noticeLabel, dismiss);
        notices.getStyleClass().add("notice-bar");
        notices.visibleProperty().bind(noticeLabel.textProperty().isNotEmpty());
        notices.managedProperty().bind(notices.visibleProperty());
        setTop(new VBox(toolbar(), notices, banner));
        setCenter(body);
        setBottom(statusBar());
    }

    /** Shows which connection this window uses (set once the connection is built). */
    public void showConnection(String name, String endpoint, String timeouts, String notice) {
        connectionLabel.setText(name + " · " + endpoint);
        timeoutsLabel.setText(text.format("status.timeouts", timeouts));
        if (notice != null) {
            showNotice(notice);
        }
    }

    /** Selects the first flow with this name, once it is in the table; false when there is none. */
    public boolean selectFlowNamed(String name) {
        for (FlowSummary flow : table.getItems()) {
            if (flow.name().equals(name)) {
                table.getSelectionModel().select(flow);
                table.scrollTo(flow);
                return true;
            }
        }
        return false;
    }

    /** Scrolls the table so that the selected flow is in view (after a re-sort moved it). */
    public void revealSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    /** Brings the network panel to the front (e.g. when the wall or doctor points there). */
    public void showNetworkTab() {
        tabs.getSelectionModel().select(1);
    }

    /** What the "Connection…" button does (the application decides: it owns the connections). */
    public void setOnConnection(Runnable action) {
        onConnection = action;
    }

    public void showNotice(String notice) {
        noticeLabel.setText("⚠ " + notice);
    }

    private ToolBar toolbar() {
        Button refresh = button("refreshButton", text.get("toolbar.refresh"));
        refresh.setOnAction(e -> flows.refresh());
        refresh.disableProperty().bind(flows.loadingProperty().or(flows.connectedProperty().not()));

        Button start = button("startButton", text.get("toolbar.start"));
        start.setOnAction(e -> flows.start(selected()));
        Button stop = button("stopButton", text.get("toolbar.stop"));
        stop.setOnAction(e -> confirmStop());
        var selection = table.getSelectionModel().selectedItemProperty();
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> !flows.canStart(selected()), selection, flows.flows()));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !flows.canStop(selected()), selection, flows.flows()));

        Button restart = button("restartButton", text.get("toolbar.restart"));
        restart.setOnAction(e -> confirmRestart());
        restart.disableProperty().bind(stop.disableProperty());
        for (Button mutating : java.util.List.of(start, stop, restart)) {
            // A read-only connection shows no way to change anything.
            mutating.visibleProperty().bind(flows.readOnlyProperty().not());
            mutating.managedProperty().bind(mutating.visibleProperty());
        }
        auto.setText(text.get("toolbar.autoRefresh"));
        auto.setId("autoRefresh");
        auto.selectedProperty().subscribe(on -> {
            if (on) {
                autoRefresh.play();
            } else {
                autoRefresh.stop();
            }
        });
        Button granted = button("grantedButton", text.get("toolbar.granted"));
        granted.setOnAction(e -> onGranted.run());
        Button audit = button("auditButton", text.get("toolbar.audit"));
        audit.setOnAction(e -> onAudit.run());
        Button settings = button("settingsButton", text.get("toolbar.settings"));
        settings.setOnAction(e -> onSettings.run());
        Button connection = button("connectionButton", text.get("toolbar.connection"));
        connection.setOnAction(e -> onConnection.run());
        Button export = button("exportButton", text.get("toolbar.exportCalls"));
        export.setOnAction(e -> exportCalls());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        connectionLabel.setId("connectionLabel");
        noticeLabel.getStyleClass().add("notice");
        // A long endpoint name must not push the buttons into the overflow menu: the label shortens, its tooltip has it all.
        connectionLabel.setPrefWidth(360);
        connectionLabel.setMinWidth(120);
        connectionLabel.tooltipProperty().bind(connectionLabel.textProperty().map(javafx.scene.control.Tooltip::new));
        return new ToolBar(refresh, auto, new Separator(), start, stop, restart, new Separator(), connection, export, audit, granted, settings, spacer,
                connectionLabel);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        // Errors stand in the banner above; the status bar keeps the last plain message short.
        bar.textProperty().bind(flows.messageProperty().map(m -> flows.messageIsErrorProperty().get() ? text.get("status.seeAbove") : m));
        flows.messageIsErrorProperty().subscribe(isError -> {
            bar.getStyleClass().remove("status-error");
            if (isError) {
                bar.getStyleClass().add("status-error");
            }
        });
        Label badge = new Label();
        badge.setId("pathBadge");
        badge.textProperty().bind(calls.badgeProperty());
        calls.badgeKindProperty().subscribe(kind -> {
            badge.getStyleClass().removeIf(c -> c.startsWith("path-"));
            badge.getStyleClass().addAll("path-badge", "path-" + (kind == null ? PathVerdict.Kind.NONE : kind).name().toLowerCase());
        });
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(), flows.flows(), flows.health()));
        // The status text on the left (what the last refresh did) must stay readable: the timeouts give way first.
        timeoutsLabel.setMinWidth(0);
        badge.setMinWidth(160);
        badge.setMaxWidth(520);
        bar.getRightItems().addAll(counts, new Separator(Orientation.VERTICAL), timeoutsLabel, new Separator(Orientation.VERTICAL), badge);
        return bar;
    }

    /** "ACTIVE 14 · STANDBY 6 · ERROR 2 …" over all flows, in a fixed order. */
    private String countsText() {
        java.util.Map<dev.flowdeck.domain.FlowStatus, Long> byStatus = new java.util.EnumMap<>(dev.flowdeck.domain.FlowStatus.class);
        flows.flows().forEach(f -> byStatus.merge(f.statusKind(), 1L, Long::sum));
        // Most severe first, so a narrow window never hides the errors.
        java.util.List<dev.flowdeck.domain.FlowStatus> order = java.util.List.of(dev.flowdeck.domain.FlowStatus.ERROR,
                dev.flowdeck.domain.FlowStatus.UNKNOWN, dev.flowdeck.domain.FlowStatus.STARTING, dev.flowdeck.domain.FlowStatus.STOPPING,
                dev.flowdeck.domain.FlowStatus.UPDATING, dev.flowdeck.domain.FlowStatus.DELETING, dev.flowdeck.domain.FlowStatus.ACTIVE,
                dev.flowdeck.domain.FlowStatus.STANDBY);
        long noInput = flows.health().values().stream().filter(h -> h.state() == dev.flowdeck.domain.FlowHealth.State.NO_INPUT).count();
        long degraded = flows.health().values().stream().filter(h -> h.state() == dev.flowdeck.domain.FlowHealth.State.DEGRADED).count();
        String health = (noInput > 0 ? "▲ " + text.get("health.noInput") + " " + noInput + " · " : "")
                + (degraded > 0 ? "◆ " + text.get("health.degraded") + " " + degraded + " · " : "");
        return text.format("flows.counts", health + order.stream().filter(byStatus::containsKey)
                .map(s -> s.name() + " " + byStatus.get(s)).collect(java.util.stream.Collectors.joining(" · ")));
    }

    /** Refreshes every {@code seconds} while the auto-refresh box is ticked; the table keeps its place. */
    public void setAutoRefresh(java.time.Duration every) {
        autoRefresh.getKeyFrames().setAll(new javafx.animation.KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> flows.refresh()));
        autoRefresh.setCycleCount(javafx.animation.Animation.INDEFINITE);
        auto.setText(text.get("toolbar.autoRefresh") + " (" + every.toSeconds() + " s)");
        if (auto.isSelected()) {
            autoRefresh.playFromStart();
        } else {
            auto.setSelected(true);
        }
    }

    public void setOnGranted(Runnable action) {
        onGranted = action;
    }

    public void setOnSettings(Runnable action) {
        onSettings = action;
    }

    public void setOnAudit(Runnable action) {
        onAudit = action;
    }

    public FlowFilterBar filterBar() {
        return filterBar;
    }

    private void confirmRestart() {
        FlowSummary flow = selected();
        if (flow == null) {
            return;
        }
        StopFlowDialog dialog = new StopFlowDialog(flow, text, true);
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().ifPresent(typed -> flows.restart(flow, typed));
    }

    private void confirmStop() {
        FlowSummary flow = selected();
        if (flow == null) {
            return;
        }
        StopFlowDialog dialog = new StopFlowDialog(flow, text);
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().ifPresent(typed -> flows.stop(flow, typed));
    }

    private void exportCalls() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("flowdeck-calls.jsonl");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                calls.export(file.toPath());
            } catch (IOException e) {
                noticeLabel.setText("⚠ " + text.format("calls.exportFailed", e.getMessage()));
            }
        }
    }

    private FlowSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private static Button button(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        return b;
    }

    public FlowTableView table() {
        return table;
    }
}

package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The flow table. Rows are matched by ARN: when a refresh replaces a row, the selection follows
 * the flow, not the index.
 */
public final class FlowTableView extends TableView<FlowSummary> {
    private String selectedArn;
    private boolean updating;

    private final javafx.collections.transformation.FilteredList<FlowSummary> filtered;

    public FlowTableView(FlowBrowserViewModel model, Messages text) {
        setId("flowTable");
        filtered = new javafx.collections.transformation.FilteredList<>(model.flows());
        SortedList<FlowSummary> sorted = new SortedList<>(filtered);
        // Until the user sorts by a column, the flows that need attention come first (ERROR and no input, degraded…).
        java.util.Comparator<FlowSummary> attention = java.util.Comparator.<FlowSummary>comparingInt(
                f -> StatusLook.attention(f.status(), model.health().get(f.arn()))).thenComparing(FlowSummary::name,
                String.CASE_INSENSITIVE_ORDER);
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> getSortOrder().isEmpty() ? attention : getComparator(), comparatorProperty(), getSortOrder(), model.health()));
        // The table's selection model listens to its items; listeners run in the order they were added. The
        // first one, added before it, marks every change of rows (refresh, refilter, re-sort) as not the user's
        // doing, so the selection the table moves by itself never becomes "the user picked another flow";
        // the last one, added after it, puts the selection back on the flow by ARN.
        sorted.addListener((ListChangeListener<FlowSummary>) change -> updating = true);
        setItems(sorted);
        // The sorted list sorts itself through the binding above; the default policy would refuse (and log)
        // whenever the attention order, not the table's own comparator, is in force.
        setSortPolicy(table -> true);
        sorted.addListener((ListChangeListener<FlowSummary>) change -> {
            updating = false;
            restoreSelection();
        });
        Label hint = new Label();
        hint.setId("flowTableHint");
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.textProperty().bind(model.tableHintProperty());
        setPlaceholder(hint);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        getColumns().add(Columns.text(text.get("flows.table.name"), FlowSummary::name, 200));
        TableColumn<FlowSummary, String> status = new TableColumn<>(text.get("flows.table.status"));
        // The value carries the health too, so the cell is redrawn when the verdict changes; it sorts by status first.
        status.setCellValueFactory(cell -> javafx.beans.binding.Bindings.valueAt(model.health(), cell.getValue().arn())
                .map(h -> cell.getValue().status() + StatusCell.SEPARATOR + h.state()).orElse(cell.getValue().status()));
        status.setCellFactory(c -> new StatusCell(model.health()));
        status.setPrefWidth(135);
        status.setMinWidth(115);
        getColumns().add(status);
        TableColumn<FlowSummary, String> health = new TableColumn<>(text.get("flows.table.health"));
        health.setId("healthColumn");
        health.setCellValueFactory(cell -> javafx.beans.binding.Bindings.valueAt(model.health(), cell.getValue().arn())
                .map(h -> HealthCell.text(h, text)).orElse("…"));
        health.setCellFactory(c -> new HealthCell());
        health.setPrefWidth(125);
        // "▲ NO INPUT" is the alarm this column exists for: it never shrinks below its words.
        health.setMinWidth(112);
        getColumns().add(health);
        // The zone is what tells 1a from 1c: it never shrinks below its text; the description gives way instead.
        TableColumn<FlowSummary, String> az = Columns.text(text.get("flows.table.az"), FlowSummary::availabilityZone, 125);
        az.setMinWidth(118);
        getColumns().add(az);
        TableColumn<FlowSummary, String> region = Columns.text(text.get("flows.table.region"), FlowSummary::region, 110);
        region.setMinWidth(105);
        getColumns().add(region);
        TableColumn<FlowSummary, String> source = Columns.text(text.get("flows.table.sourceType"), FlowSummary::sourceType, 85);
        source.setMinWidth(80);
        getColumns().add(source);
        TableColumn<FlowSummary, String> protocol = new TableColumn<>(text.get("flows.table.protocol"));
        protocol.setCellValueFactory(cell -> javafx.beans.binding.Bindings.valueAt(model.protocols(), cell.getValue().arn()).orElse("…"));
        protocol.setPrefWidth(110);
        // Wide enough for its header in either language ("Protocol", "プロトコル") when the table is squeezed.
        protocol.setMinWidth(90);
        getColumns().add(protocol);
        getColumns().add(Columns.text(text.get("flows.table.description"), FlowSummary::description, 260));

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now != null && !now.arn().equals(selectedArn)) {
                selectedArn = now.arn();
                model.select(now);
            } else if (now == null && !containsArn(selectedArn)) {
                selectedArn = null;
                model.select(null);
            }
        });

        model.staleSinceProperty().subscribe(since -> {
            getStyleClass().remove("stale");
            if (since != null) {
                getStyleClass().add("stale");
            }
        });
    }

    /** Filters the rows in place (the items list itself is never replaced, so sorting survives). */
    public void filterBy(javafx.beans.value.ObservableValue<java.util.function.Predicate<FlowSummary>> predicate) {
        filtered.predicateProperty().bind(predicate);
    }

    private void restoreSelection() {
        if (selectedArn == null) {
            return;
        }
        FlowSummary current = getSelectionModel().getSelectedItem();
        if (current != null && current.arn().equals(selectedArn)) {
            return;
        }
        for (FlowSummary row : getItems()) {
            if (row.arn().equals(selectedArn)) {
                getSelectionModel().select(row);
                return;
            }
        }
    }

    private boolean containsArn(String arn) {
        return arn != null && getItems().stream().anyMatch(f -> f.arn().equals(arn));
    }

}

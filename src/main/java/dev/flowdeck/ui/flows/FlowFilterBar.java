package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.ui.common.Messages;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/**
 * Filter by text, statuses (several at once), region, AZ and source protocol. The bar only makes a
 * predicate; the table filters its own list, so its items are never replaced (which would reset sort).
 */
public final class FlowFilterBar extends HBox {
    private static final String ANY = "—";

    private final TextField search = new TextField();
    private final CheckComboBox<String> statuses;
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final ComboBox<String> protocol = new ComboBox<>();
    private final ObjectBinding<Predicate<FlowSummary>> predicate;

    public FlowFilterBar(FlowBrowserViewModel model, Messages text) {
        super(6);
        setId("flowFilter");
        getStyleClass().add("filter-bar");
        search.setId("filterText");
        search.setPromptText(text.get("filter.text"));
        ObservableList<String> allStatuses = FXCollections.observableArrayList();
        for (FlowStatus s : FlowStatus.values()) {
            allStatuses.add(s.name());
        }
        statuses = new CheckComboBox<>(allStatuses);
        statuses.setId("filterStatus");
        statuses.setTitle(text.get("filter.status"));
        statuses.setShowCheckedCount(true);
        region.setId("filterRegion");
        zone.setId("filterAz");
        protocol.setId("filterProtocol");
        for (ComboBox<String> c : java.util.List.of(region, zone, protocol)) {
            c.getItems().add(ANY);
            c.setValue(ANY);
        }
        region.setPromptText(text.get("filter.region"));
        model.flows().addListener((ListChangeListener<FlowSummary>) c -> {
            update(region, model.flows().stream().map(FlowSummary::region));
            update(zone, model.flows().stream().map(FlowSummary::availabilityZone));
        });
        // Learning a protocol refilters thousands of rows only when someone filters by protocol.
        javafx.beans.property.IntegerProperty protocolsSeen = new javafx.beans.property.SimpleIntegerProperty();
        model.protocols().addListener((javafx.collections.MapChangeListener<String, String> ) c -> {
            if (c.wasAdded() && !protocol.getItems().contains(c.getValueAdded())) {
                update(protocol, model.protocols().values().stream());
            }
            if (protocol.getValue() != null && !ANY.equals(protocol.getValue())) {
                protocolsSeen.set(protocolsSeen.get() + 1);
            }
        });
        getChildren().addAll(label(text.get("filter.label")), search, statuses, label(text.get("filter.region")), region,
                label(text.get("filter.az")), zone, label(text.get("filter.protocol")), protocol);
        search.setPrefColumnCount(14);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        predicate = Bindings.createObjectBinding(() -> build(model), search.textProperty(), statuses.getCheckModel().getCheckedItems(),
                region.valueProperty(), zone.valueProperty(), protocol.valueProperty(), protocolsSeen);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public ObjectBinding<Predicate<FlowSummary>> predicateProperty() {
        return predicate;
    }

    /** Selects statuses programmatically (tests, and "show problems only"). */
    public void checkStatuses(Set<String> names) {
        statuses.getCheckModel().clearChecks();
        names.forEach(n -> statuses.getCheckModel().check(n));
    }

    private Predicate<FlowSummary> build(FlowBrowserViewModel model) {
        String needle = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        Set<String> wanted = Set.copyOf(statuses.getCheckModel().getCheckedItems());
        String r = region.getValue();
        String z = zone.getValue();
        String p = protocol.getValue();
        return f -> (needle.isEmpty() || (f.name() + " " + f.description() + " " + f.arn()).toLowerCase(Locale.ROOT).contains(needle))
                && (wanted.isEmpty() || wanted.contains(f.statusKind().name()))
                && (r == null || ANY.equals(r) || r.equals(f.region()))
                && (z == null || ANY.equals(z) || z.equals(f.availabilityZone()))
                && (p == null || ANY.equals(p) || p.equals(model.protocols().get(f.arn())));
    }

    private static void update(ComboBox<String> box, java.util.stream.Stream<String> values) {
        Set<String> found = new TreeSet<>();
        values.filter(v -> v != null && !v.isBlank()).forEach(found::add);
        String keep = box.getValue();
        java.util.List<String> items = new java.util.ArrayList<>();
        items.add(ANY);
        items.addAll(found);
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
            box.setValue(items.contains(keep) ? keep : ANY);
        }
    }
}

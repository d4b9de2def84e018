package dev.flowdeck.ui.network;

import dev.flowdeck.domain.EndpointEni;
import dev.flowdeck.domain.EndpointOffer;
import dev.flowdeck.domain.VpcEndpointInfo;
import dev.flowdeck.net.DnsAnswer;
import dev.flowdeck.net.DnsRecord;
import dev.flowdeck.service.AddressCheck;
import dev.flowdeck.service.NetworkReport;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Is my control traffic private, and if not, why not?": the verdict with its evidence, DNS like
 * dig, the endpoint's inventory with "use this endpoint", and every address probed.
 */
public final class NetworkPanel extends ScrollPane {
    private final NetworkViewModel model;
    private final Messages text;
    private final Label headline = new Label();
    private final Label advice = new Label();
    private final VBox evidence = new VBox(2);
    private final VBox endpoints = new VBox(8);
    private final TableView<AddressCheck> addresses = new TableView<>();
    private final Label cachePolicy = new Label();

    public NetworkPanel(NetworkViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        setId("networkPanel");
        setFitToWidth(true);
        VBox content = new VBox(10);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("network-panel");

        headline.setId("verdictHeadline");
        headline.getStyleClass().add("verdict-headline");
        headline.setWrapText(true);
        advice.setId("verdictAdvice");
        advice.setWrapText(true);
        evidence.setId("verdictEvidence");
        Button again = new Button(text.get("network.checkAgain"));
        again.setId("checkButton");
        again.setOnAction(e -> model.runCheck());
        again.disableProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("networkStatus");
        status.textProperty().bind(model.statusProperty());
        content.getChildren().addAll(headline, advice, new HBox(10, again, status), section("network.evidence"), evidence);

        content.getChildren().addAll(section("network.dns"), dnsBox());
        cachePolicy.setId("dnsCachePolicy");
        content.getChildren().add(cachePolicy);

        endpoints.setId("endpointInventory");
        content.getChildren().addAll(section("network.endpoints"), endpoints);

        addresses.setId("reachabilityTable");
        addresses.setPrefHeight(140);
        addresses.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addresses.getColumns().add(Columns.text(text.get("network.address"), AddressCheck::address, 120));
        addresses.getColumns().add(Columns.text(text.get("network.role"), c -> c.path().label(), 380));
        addresses.getColumns().add(Columns.text(text.get("network.reachability"), c -> c.probe().summary(), 380));
        content.getChildren().addAll(section("network.reachabilityTitle"), addresses);

        setContent(content);
        headline.setText(text.get("network.notChecked"));
        model.reportProperty().subscribe(this::show);
        model.offers().addListener((ListChangeListener<EndpointOffer>) c -> showOffers());
    }

    private VBox dnsBox() {
        TableView<DnsAnswer> table = new TableView<>(model.lookups());
        table.setId("dnsTable");
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(text.get("network.dnsName"), DnsAnswer::name, 330));
        table.getColumns().add(Columns.text(text.get("network.dnsAnswers"), a -> a.records().isEmpty() ? "—"
                : a.records().stream().map(NetworkPanel::record).collect(Collectors.joining(", ")), 240));
        table.getColumns().add(Columns.text(text.get("network.dnsStatus"), DnsAnswer::statusText, 200));
        table.getColumns().add(Columns.text(text.get("network.dnsServer"), DnsAnswer::server, 120));
        table.getColumns().add(Columns.text(text.get("network.dnsTime"), a -> a.elapsedMs() + " ms", 60));
        TextField name = new TextField();
        name.setId("digName");
        name.setPromptText(text.get("network.digPrompt"));
        name.setPrefColumnCount(40);
        Button lookup = new Button(text.get("network.dig"));
        lookup.setId("digButton");
        lookup.setOnAction(e -> model.lookup(name.getText()));
        name.setOnAction(e -> model.lookup(name.getText()));
        return new VBox(6, new HBox(8, name, lookup), table);
    }

    private static String record(DnsRecord r) {
        return r.address() + (r.ttlSeconds() >= 0 ? " (TTL " + r.ttlSeconds() + " s)" : "");
    }

    private void show(NetworkReport r) {
        if (r == null) {
            return;
        }
        headline.getStyleClass().removeAll("verdict-ok", "verdict-problem");
        headline.getStyleClass().add(r.verdict().healthy() ? "verdict-ok" : "verdict-problem");
        headline.setText((r.verdict().healthy() ? "✔ " : "▲ ") + r.verdict().headline());
        advice.setText(r.verdict().advice());
        advice.setVisible(!r.verdict().advice().isBlank());
        advice.setManaged(advice.isVisible());
        evidence.getChildren().setAll(r.verdict().evidence().stream().map(line -> {
            Label l = new Label("· " + line);
            l.setWrapText(true);
            return l;
        }).toList());
        addresses.getItems().setAll(r.addresses());
        cachePolicy.setText(text.format("network.cachePolicy", r.dnsCachePolicy()));
        if (!r.inventory().known()) {
            Label problem = new Label("▲ " + r.inventory().problem());
            problem.setId("inventoryProblem");
            problem.setWrapText(true);
            problem.getStyleClass().add("inventory-problem");
            endpoints.getChildren().setAll(problem);
        }
    }

    private void showOffers() {
        NetworkReport r = model.reportProperty().get();
        if (r != null && !r.inventory().known()) {
            return;
        }
        endpoints.getChildren().clear();
        if (model.offers().isEmpty()) {
            endpoints.getChildren().add(new Label(text.get("network.noEndpoint")));
        }
        for (EndpointOffer offer : model.offers()) {
            endpoints.getChildren().add(endpointBox(offer));
        }
    }

    private VBox endpointBox(EndpointOffer offer) {
        VpcEndpointInfo e = offer.endpoint();
        Label title = new Label(e.id() + " · " + e.state() + " · " + text.format("network.privateDns",
                text.get(e.privateDnsEnabled() ? "network.on" : "network.off")));
        title.getStyleClass().add("endpoint-title");
        VBox box = new VBox(4, title);
        box.getStyleClass().add("endpoint-box");
        box.setId("endpoint-" + e.id());
        box.getChildren().add(new Label(text.format("network.subnets", String.join(", ", e.subnetIds()),
                String.join(", ", e.availabilityZones()))));
        for (EndpointEni eni : e.enis()) {
            box.getChildren().add(new Label("   " + eni.id() + " · " + eni.privateIp() + " · " + eni.availabilityZone()
                    + " · " + eni.subnetId()));
        }
        box.getChildren().add(new Label(text.format("network.securityGroups", String.join(", ", e.securityGroups()))));
        FlowPane choices = new FlowPane(8, 4);
        for (EndpointOffer.Choice choice : offer.choices()) {
            Button use = new Button((choice.regional() ? text.get("network.useRegional") : text.get("network.useZonal"))
                    + " — " + choice.label());
            use.getStyleClass().add(choice.regional() ? "use-regional" : "use-zonal");
            use.setDisable(!offer.choosable());
            use.setOnAction(ev -> model.use(choice));
            choices.getChildren().add(use);
            Label name = new Label(choice.dnsName());
            name.getStyleClass().add("dns-name");
            choices.getChildren().add(name);
        }
        box.getChildren().add(choices);
        if (!offer.choosable()) {
            Label why = new Label("▲ " + offer.whyNot());
            why.getStyleClass().add("inventory-problem");
            box.getChildren().add(why);
        }
        TextArea policy = new TextArea(e.policy());
        policy.setEditable(false);
        policy.setPrefRowCount(3);
        TitledPane policyPane = new TitledPane(text.get("network.policy"), policy);
        policyPane.setExpanded(false);
        box.getChildren().add(policyPane);
        return box;
    }

    private Label section(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("detail-section");
        return l;
    }


}

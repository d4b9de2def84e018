package dev.flowdeck.ui.network;

import dev.flowdeck.domain.EndpointOffer;
import dev.flowdeck.net.DnsAnswer;
import dev.flowdeck.service.NetworkCheck;
import dev.flowdeck.service.NetworkReport;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The network panel's state: the last check's report, the endpoint offers, and dig-like lookups. */
public final class NetworkViewModel {
    private final TaskRunner tasks;
    private final Messages text;
    private final ReadOnlyObjectWrapper<NetworkReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EndpointOffer> offers = FXCollections.observableArrayList();
    private final ObservableList<DnsAnswer> lookups = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private NetworkCheck check;
    private String serviceName;
    private Consumer<String> endpointChooser = name -> { };

    public NetworkViewModel(TaskRunner tasks, Messages text) {
        this.tasks = tasks;
        this.text = text;
        status.set(text.get("network.notChecked"));
    }

    /** Gives the panel its check once the connection exists, and runs it. */
    public void connect(NetworkCheck networkCheck, String mediaConnectServiceName, Consumer<String> onEndpointChosen) {
        this.check = networkCheck;
        this.serviceName = mediaConnectServiceName;
        this.endpointChooser = onEndpointChosen;
        runCheck();
    }

    public void runCheck() {
        if (check == null || running.get()) {
            return;
        }
        running.set(true);
        status.set(text.get("network.checking"));
        tasks.run("network check", check::run, r -> {
            running.set(false);
            report.set(r);
            offers.setAll(EndpointOffer.offers(r.inventory().endpoints(), serviceName));
            lookups.setAll(r.lookups());
            status.set(text.format("network.checkedIn", r.elapsedMs()));
        }, failure -> {
            running.set(false);
            status.set(text.format("network.failed", String.valueOf(failure.getMessage())));
        });
    }

    /** Looks a name up like dig, through the connection's resolver, and adds it on top of the list. */
    public void lookup(String name) {
        if (check == null || name == null || name.isBlank()) {
            return;
        }
        String host = name.strip();
        tasks.run("lookup " + host, () -> check.lookup(host), answer -> {
            lookups.add(0, answer);
            if (lookups.size() > 20) {
                lookups.remove(20, lookups.size());
            }
        }, failure -> status.set(text.format("network.failed", String.valueOf(failure.getMessage()))));
    }

    /** "Use this endpoint": hands the chosen DNS name to whoever rebuilds the connection. */
    public void use(EndpointOffer.Choice choice) {
        status.set(text.format("network.using", choice.dnsName()));
        endpointChooser.accept(choice.dnsName());
    }

    public ReadOnlyObjectProperty<NetworkReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<EndpointOffer> offers() {
        return offers;
    }

    public ObservableList<DnsAnswer> lookups() {
        return lookups;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

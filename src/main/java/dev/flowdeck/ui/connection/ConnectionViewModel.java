package dev.flowdeck.ui.connection;

import dev.flowdeck.app.ConnectionCatalog;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.service.IdentityService;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.TaskRunner;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The connection dialog's state: every connection, the selected one's effective settings, who we are signed in as. */
public final class ConnectionViewModel {
    private final ConnectionCatalog catalog;
    private final TaskRunner tasks;
    private final Messages text;
    private final ObservableList<ConnectionCatalog.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<EffectiveValue> effective = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectionCatalog.Entry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");

    public ConnectionViewModel(ConnectionCatalog catalog, TaskRunner tasks, Messages text) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.text = text;
        reload();
        if (catalog.settingsProblem() != null) {
            problem.set(catalog.settingsProblem());
        }
    }

    public void reload() {
        tasks.run("list connections", catalog::entries, entries::setAll, e -> problem.set(String.valueOf(e.getMessage())));
    }

    public void select(ConnectionCatalog.Entry entry) {
        selected.set(entry);
        effective.setAll(entry == null ? java.util.List.of() : entry.effective());
        problem.set(entry == null || entry.problem() == null ? "" : "▲ " + entry.problem());
    }

    /** Asks who the current connection is signed in as (STS GetCallerIdentity). */
    public void whoAmI(Supplier<IdentityService> current) {
        identity.set(text.get("connection.checkingIdentity"));
        tasks.run("who am I", () -> current.get().whoAmI(),
                me -> identity.set(text.format("connection.signedInAs", me.account(), me.arn())),
                e -> identity.set(text.format("connection.identityUnknown", String.valueOf(e.getMessage()))));
    }

    public void reportProblem(String message) {
        problem.set("▲ " + message);
    }

    public ObservableList<ConnectionCatalog.Entry> entries() {
        return entries;
    }

    public ObservableList<EffectiveValue> effective() {
        return effective;
    }

    public ReadOnlyObjectProperty<ConnectionCatalog.Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public ConnectionCatalog catalog() {
        return catalog;
    }
}

package dev.flowdeck.ui.connection;

import dev.flowdeck.app.ConnectionCatalog;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Pick a connection: the demos, every AWS profile and FlowDeck's saved connections, with the
 * effective value of each setting and where it came from. Result: the entry and whether to sign in.
 */
public final class ConnectionDialog extends Dialog<ConnectionDialog.Decision> {

    /** Connect to {@code entry}; {@code signIn} when the user asked to sign in first. */
    public record Decision(ConnectionCatalog.Entry entry, boolean signIn) {
    }

    private final ListView<ConnectionCatalog.Entry> list;
    private final javafx.scene.control.Button saveCurrent = new javafx.scene.control.Button();

    public ConnectionDialog(ConnectionViewModel model, Messages text) {
        setTitle(text.get("connection.title"));
        getDialogPane().setId("connectionDialog");
        getDialogPane().getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());
        ButtonType connect = new ButtonType(text.get("connection.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType signIn = new ButtonType(text.get("connection.signIn"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(signIn, connect, ButtonType.CANCEL);

        list = new ListView<>(model.entries());
        list.setId("connectionList");
        list.setPrefWidth(300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConnectionCatalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : (e.problem() == null ? "" : "▲ ") + e.name()
                        + (e.profile() == null ? "" : " — " + e.profile().kind().label()));
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(model::select);

        TableView<EffectiveValue> values = new TableView<>(model.effective());
        values.setId("effectiveValues");
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        values.getColumns().add(Columns.text(text.get("connection.setting"), EffectiveValue::setting, 150));
        values.getColumns().add(Columns.text(text.get("connection.value"), EffectiveValue::value, 330));
        values.getColumns().add(Columns.text(text.get("connection.source"), EffectiveValue::source, 330));
        Label problem = new Label();
        problem.setId("connectionProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("inventory-problem");
        problem.textProperty().bind(model.problemProperty());
        Label identity = new Label();
        identity.setId("connectionIdentity");
        identity.setWrapText(true);
        identity.textProperty().bind(model.identityProperty());
        saveCurrent.setId("connectionSaveCurrent");
        saveCurrent.setText(text.get("connection.saveCurrent"));
        saveCurrent.setDisable(true);
        VBox right = new VBox(8, values, problem, identity, saveCurrent);
        VBox.setVgrow(values, Priority.ALWAYS);
        HBox body = new HBox(10, list, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        body.setPrefSize(1100, 420);
        getDialogPane().setContent(body);

        Node connectButton = getDialogPane().lookupButton(connect);
        connectButton.setId("connectionConnect");
        connectButton.disableProperty().bind(model.selectedProperty().isNull());
        Node signInButton = getDialogPane().lookupButton(signIn);
        signInButton.setId("connectionSignIn");
        signInButton.disableProperty().bind(model.selectedProperty().map(e -> !e.signInPossible()).orElse(true));
        setResultConverter(b -> model.selectedProperty().get() == null ? null
                : b == connect ? new Decision(model.selectedProperty().get(), false)
                : b == signIn ? new Decision(model.selectedProperty().get(), true) : null);
    }

    /** Offers "save the connection in use under a name"; without an action the button stays disabled. */
    public void setOnSaveCurrent(Runnable action) {
        saveCurrent.setDisable(action == null);
        saveCurrent.setOnAction(e -> action.run());
    }

    /** Selects the entry with this name, if it is listed. */
    public void select(String name) {
        list.getItems().stream().filter(e -> e.name().equals(name)).findFirst().ifPresent(e -> list.getSelectionModel().select(e));
    }

}

package dev.flowdeck.ui.connection;

import dev.flowdeck.service.DeviceSignIn;
import dev.flowdeck.ui.common.Messages;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The device-flow sign-in: a big code, the URL (opened in the browser), then account and role. */
public final class SignInDialog extends Dialog<SignInViewModel.Choice> {

    public SignInDialog(SignInViewModel model, Messages text, Consumer<String> openBrowser) {
        setTitle(text.format("signin.title", model.profile().ssoStartUrl()));
        setHeaderText(text.get("signin.header"));
        getDialogPane().setId("signInDialog");
        getDialogPane().getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());
        ButtonType use = new ButtonType(text.get("signin.use"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);

        Label code = new Label();
        code.setId("signInCode");
        code.getStyleClass().add("sign-in-code");
        code.textProperty().bind(model.userCodeProperty());
        TextField url = new TextField();
        url.setId("signInUrl");
        url.setEditable(false);
        url.textProperty().bind(model.verificationUrlProperty());
        Button open = new Button(text.get("signin.openBrowser"));
        open.setId("signInOpen");
        open.disableProperty().bind(model.verificationUrlProperty().isEmpty());
        open.setOnAction(e -> openBrowser.accept(model.verificationUrlProperty().get()));
        Label status = new Label();
        status.setId("signInStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        ComboBox<DeviceSignIn.Account> accounts = new ComboBox<>(model.accounts());
        accounts.setId("signInAccount");
        accounts.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeviceSignIn.Account a) {
                return a == null ? "" : a.name() + " (" + a.id() + ")";
            }

            @Override
            public DeviceSignIn.Account fromString(String s) {
                return null;
            }
        });
        ComboBox<String> roles = new ComboBox<>(model.roles());
        roles.setId("signInRole");
        accounts.valueProperty().subscribe(model::chooseAccount);
        model.accounts().subscribe(() -> {
            String wanted = model.profile().ssoAccountId();
            model.accounts().stream().filter(a -> a.id().equals(wanted)).findFirst().or(() -> model.accounts().stream().findFirst())
                    .ifPresent(accounts::setValue);
        });
        model.roles().subscribe(() -> {
            String wanted = model.profile().ssoRoleName();
            roles.setValue(model.roles().contains(wanted) ? wanted : model.roles().isEmpty() ? null : model.roles().get(0));
        });

        GridPane pick = new GridPane();
        pick.setHgap(8);
        pick.setVgap(6);
        Label accountLabel = new Label(text.get("signin.account"));
        accountLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label roleLabel = new Label(text.get("signin.role"));
        roleLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pick.addRow(0, accountLabel, accounts);
        pick.addRow(1, roleLabel, roles);
        url.setPrefColumnCount(42);
        getDialogPane().setContent(new VBox(10, new Label(text.get("signin.codeLabel")), code, url, open, status, pick));

        Node useButton = getDialogPane().lookupButton(use);
        useButton.setId("signInUse");
        useButton.disableProperty().bind(roles.valueProperty().isNull().or(model.tokenProperty().isNull()));
        setResultConverter(b -> b == use && accounts.getValue() != null
                ? new SignInViewModel.Choice(accounts.getValue().id(), roles.getValue()) : null);
        setOnHidden(e -> model.cancel());
        setOnShown(e -> model.start());
    }
}

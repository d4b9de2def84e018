package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.GrantedEntitlement;
import dev.flowdeck.service.FlowService;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.Styles;
import dev.flowdeck.ui.common.TaskRunner;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Entitlements other accounts granted to this one (ListEntitlements): what this account may build flows from. */
public final class GrantedEntitlementsDialog extends Dialog<Void> {

    public GrantedEntitlementsDialog(FlowService flows, TaskRunner tasks, Messages text) {
        setTitle(text.get("granted.title"));
        getDialogPane().setId("grantedDialog");
        getDialogPane().getStylesheets().addAll(Styles.desktop());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TableView<GrantedEntitlement> table = new TableView<>();
        table.setId("grantedTable");
        table.setPrefSize(900, 300);
        table.setPlaceholder(new Label(text.get("granted.loading")));
        table.getColumns().add(Columns.text(text.get("granted.name"), GrantedEntitlement::name, 200));
        table.getColumns().add(Columns.text(text.get("granted.account"), GrantedEntitlement::grantingAccount, 140));
        table.getColumns().add(Columns.text(text.get("granted.fee"), e -> e.dataTransferPercent() == null ? null : e.dataTransferPercent() + " %", 120));
        table.getColumns().add(Columns.text(text.get("granted.arn"), GrantedEntitlement::arn, 420));
        getDialogPane().setContent(table);
        tasks.run("list entitlements", flows::grantedEntitlements, list -> {
            table.getItems().setAll(list);
            table.setPlaceholder(new Label(text.get("granted.none")));
        }, e -> table.setPlaceholder(new Label(String.valueOf(e.getMessage()))));
    }
}

package dev.flowdeck.ui.flows;

import dev.flowdeck.service.AuditLog;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.Styles;
import dev.flowdeck.ui.common.TaskRunner;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;

/** The local audit log of mutating actions, newest first. */
public final class AuditDialog extends Dialog<Void> {

    public AuditDialog(AuditLog log, TaskRunner tasks, Messages text) {
        setTitle(text.format("audit.title", log.file()));
        getDialogPane().setId("auditDialog");
        getDialogPane().getStylesheets().addAll(Styles.desktop());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TableView<AuditLog.Entry> table = new TableView<>();
        table.setId("auditTable");
        table.setPrefSize(1100, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(text.get("audit.time"), AuditLog.Entry::time, 170));
        table.getColumns().add(Columns.text(text.get("audit.user"), AuditLog.Entry::osUser, 80));
        table.getColumns().add(Columns.text(text.get("audit.identity"), AuditLog.Entry::awsIdentity, 260));
        table.getColumns().add(Columns.text(text.get("audit.connection"), AuditLog.Entry::connection, 180));
        table.getColumns().add(Columns.text(text.get("audit.flow"), AuditLog.Entry::flow, 150));
        table.getColumns().add(Columns.text(text.get("audit.action"), AuditLog.Entry::action, 70));
        table.getColumns().add(Columns.text(text.get("audit.result"), AuditLog.Entry::result, 200));
        getDialogPane().setContent(table);
        tasks.run("read audit log", () -> log.recent(500), table.getItems()::setAll, e -> table.setPlaceholder(
                new javafx.scene.control.Label(String.valueOf(e.getMessage()))));
    }

}

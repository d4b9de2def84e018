package dev.flowdeck.ui.calllog;

import dev.flowdeck.domain.Attempt;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.ui.common.Columns;
import dev.flowdeck.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** One row per API call: where DNS pointed, which address really answered, and how it went. */
public final class CallLogView extends TableView<CallRecord> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    public CallLogView(CallLogViewModel model, Messages text) {
        setId("callLogTable");
        setItems(model.records());
        setPlaceholder(new Label(text.get("calls.none")));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(Columns.text(text.get("calls.time"), r -> TIME.format(r.started()), 95));
        getColumns().add(Columns.text(text.get("calls.operation"), CallRecord::operation, 110));
        getColumns().add(Columns.text(text.get("calls.dns"), r -> String.join(", ", r.dnsAnswers()) + " (" + r.dnsSource() + ")", 210));
        getColumns().add(Columns.text(text.get("calls.connected"), r -> r.connectedTo() == null ? "—" : r.connectedTo(), 140));
        getColumns().add(Columns.text(text.get("calls.connection"), r -> use(r.connectionUse(), text), 70));
        getColumns().add(Columns.text(text.get("calls.attempts"), CallLogView::attempts, 170));
        getColumns().add(Columns.text(text.get("calls.status"), r -> r.httpStatus() == null ? "—" : String.valueOf(r.httpStatus()), 60));
        getColumns().add(Columns.text(text.get("calls.latency"), r -> r.latencyMs() + " ms", 75));
        getColumns().add(Columns.text(text.get("calls.route"), r -> route(r.route(), text), 110));
        getColumns().add(Columns.text(text.get("calls.path"), r -> r.path().label(), 260));
        getColumns().forEach(c -> c.setSortable(false));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CallRecord record, boolean empty) {
                super.updateItem(record, empty);
                getStyleClass().removeAll("call-failed", "call-pending");
                if (record != null && !empty && !record.succeeded()) {
                    // "Not approved yet" answers are the device flow working as designed, not failures.
                    getStyleClass().add(String.valueOf(record.error()).contains("AuthorizationPending") ? "call-pending" : "call-failed");
                }
                setTooltip(record == null || empty || record.error() == null ? null : new Tooltip(record.error()));
            }
        });
    }

    /** The route as the call recorded it (the export and doctor keep these English words), in the user's language. */
    static String route(String route, Messages text) {
        if (route == null || route.equals("direct")) {
            return text.get("calls.route.direct");
        }
        if (route.startsWith("via proxy ")) {
            return text.format("calls.route.proxy", route.substring("via proxy ".length()));
        }
        java.util.regex.Matcher bypassed = java.util.regex.Pattern.compile("proxy bypassed \\(NO_PROXY (.*)\\)").matcher(route);
        return bypassed.matches() ? text.format("calls.route.bypassed", bypassed.group(1)) : route;
    }

    private static String use(String use, Messages text) {
        return switch (use) {
            case "new" -> text.get("calls.use.new");
            case "reused" -> text.get("calls.use.reused");
            default -> use;
        };
    }

    /** "1" for a clean call; otherwise each attempt with its target and what went wrong. */
    static String attempts(CallRecord r) {
        if (r.attempts().size() <= 1 && r.succeeded()) {
            return String.valueOf(r.attempts().size());
        }
        return r.attempts().stream().map(CallLogView::attempt).collect(Collectors.joining("; "));
    }

    private static String attempt(Attempt a) {
        String outcome = a.error() != null ? a.error() : a.httpStatus() != null ? "HTTP " + a.httpStatus() : "ok";
        return "#" + a.number() + " " + a.targetAddress() + " " + outcome + " (" + a.elapsedMs() + " ms)";
    }

}

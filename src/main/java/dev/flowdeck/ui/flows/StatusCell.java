package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import javafx.scene.control.TableCell;

/**
 * A flow status as a shape, the word and a colour — never colour alone — drawn with the flow's
 * health (see {@link StatusLook}). Statuses the SDK does not know keep their raw text in a neutral style.
 */
final class StatusCell extends TableCell<FlowSummary, String> {
    private static final String BASE = "status-cell";
    /** Between the status and the health state in the column's value (the value changes with either). */
    static final String SEPARATOR = "\u0001";
    private final javafx.collections.ObservableMap<String, dev.flowdeck.domain.FlowHealth> health;

    StatusCell(javafx.collections.ObservableMap<String, dev.flowdeck.domain.FlowHealth> health) {
        this.health = health;
        getStyleClass().add(BASE);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        String status = value == null ? null : value.split(SEPARATOR, 2)[0];
        getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals(BASE));
        if (empty || status == null) {
            setText(null);
            return;
        }
        FlowSummary row = getTableRow() == null ? null : getTableRow().getItem();
        StatusLook look = StatusLook.of(status, row == null ? null : health.get(row.arn()));
        setText(look.glyph() + " " + status);
        getStyleClass().add(look.styleClass());
    }

    static String glyph(FlowStatus kind) {
        return StatusLook.glyph(kind);
    }
}

package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import javafx.scene.control.TableCell;

/**
 * A flow status as a shape, the word and a colour — never colour alone. Statuses the SDK does not
 * know keep their raw text in a neutral style.
 */
final class StatusCell extends TableCell<FlowSummary, String> {
    private static final String BASE = "status-cell";

    StatusCell() {
        getStyleClass().add(BASE);
    }

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals(BASE));
        if (empty || status == null) {
            setText(null);
            return;
        }
        FlowStatus kind = FlowStatus.of(status);
        setText(glyph(kind) + " " + status);
        getStyleClass().add(kind.styleClass());
    }

    static String glyph(FlowStatus kind) {
        return switch (kind) {
            case ACTIVE -> "●";
            case ERROR -> "▲";
            case STANDBY -> "○";
            case STARTING, STOPPING, UPDATING, DELETING -> "◐";
            case UNKNOWN -> "?";
        };
    }
}

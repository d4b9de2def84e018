package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.ui.common.Messages;
import javafx.scene.control.TableCell;

/** Signal health as shape + word + colour; "no input" is an alarm even though the status says ACTIVE. */
final class HealthCell extends TableCell<FlowSummary, String> {

    static String text(FlowHealth h, Messages text) {
        return dev.flowdeck.ui.common.HealthText.of(h, text);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeIf(c -> c.startsWith("health-"));
        setText(empty ? null : value);
        if (!empty && value != null) {
            getStyleClass().add(value.startsWith("▲") ? "health-alarm" : value.startsWith("◆") ? "health-degraded"
                    : value.startsWith("●") ? "health-ok" : "health-unknown");
        }
    }
}

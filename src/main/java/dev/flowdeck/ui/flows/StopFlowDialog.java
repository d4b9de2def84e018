package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Confirms a stop by asking for the flow's name: the stop button stays disabled until the typed
 * text is exactly the name. Result: the typed text, or null when cancelled.
 */
public final class StopFlowDialog extends Dialog<String> {

    public StopFlowDialog(FlowSummary flow, Messages text) {
        this(flow, text, false);
    }

    /** @param restart a restart also stops the flow first, so it asks the same way */
    public StopFlowDialog(FlowSummary flow, Messages text, boolean restart) {
        setTitle(text.format(restart ? "restart.title" : "stop.title", flow.name()));
        setHeaderText(text.format("stop.header", flow.name()));
        ButtonType stop = new ButtonType(text.get("stop.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(stop, ButtonType.CANCEL);
        getDialogPane().setId("stopDialog");
        getDialogPane().getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());

        TextField typed = new TextField();
        typed.setId("stopConfirmName");
        typed.setPromptText(flow.name());
        Label hint = new Label(text.get("stop.hint"));
        hint.setId("stopConfirmHint");
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, new Label(text.format("stop.typeName", flow.name())), typed, hint));

        Node stopButton = getDialogPane().lookupButton(stop);
        stopButton.setId("stopConfirmButton");
        stopButton.disableProperty().bind(typed.textProperty().map(t -> !flow.name().equals(t.strip())));
        typed.textProperty().subscribe(t -> hint.setText(t.isEmpty() || flow.name().equals(t.strip())
                ? text.get("stop.hint") : text.get("stop.mismatch")));
        setResultConverter(button -> button == stop ? typed.getText() : null);
        setOnShown(e -> typed.requestFocus());
    }
}

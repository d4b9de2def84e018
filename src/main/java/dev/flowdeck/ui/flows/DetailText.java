package dev.flowdeck.ui.flows;

import javafx.scene.control.Label;

/** The detail pane's text pieces: section titles and wrapped, styled lines. */
final class DetailText {
    private DetailText() {
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("detail-section");
        return l;
    }

    static Label subsection(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("detail-subsection");
        return l;
    }

    static Label line(String value, String style) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}

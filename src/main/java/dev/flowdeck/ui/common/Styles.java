package dev.flowdeck.ui.common;

/** The app's one stylesheet; dialogs add it themselves because a dialog's scene does not inherit its owner's. */
public final class Styles {
    private Styles() {
    }

    public static String appCss() {
        return Styles.class.getResource("/dev/flowdeck/ui/app.css").toExternalForm();
    }
}

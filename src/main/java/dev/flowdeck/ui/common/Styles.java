package dev.flowdeck.ui.common;

import java.util.List;

/**
 * The app's stylesheets: the light one, plus the dark overrides when the desktop prefers dark. Dialogs
 * add them themselves because a dialog's scene does not inherit its owner's.
 */
public final class Styles {
    private Styles() {
    }

    public static List<String> desktop() {
        String light = Styles.class.getResource("/dev/flowdeck/ui/app.css").toExternalForm();
        return DesktopTheme.isDark() ? List.of(light, Styles.class.getResource("/dev/flowdeck/ui/app-dark.css").toExternalForm())
                : List.of(light);
    }
}

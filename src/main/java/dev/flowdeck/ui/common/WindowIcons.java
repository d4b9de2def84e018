package dev.flowdeck.ui.common;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The FlowDeck icon in a few sizes, for the window manager's task bar and switcher (_NET_WM_ICON on X11). */
public final class WindowIcons {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 256);

    private WindowIcons() {
    }

    /** Loads in the background: start-up does not wait for the pictures. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(SIZES.stream()
                .map(size -> WindowIcons.class.getResource("/dev/flowdeck/ui/icons/flowdeck-" + size + ".png"))
                .flatMap(url -> url == null ? Stream.empty() : Stream.of(new Image(url.toExternalForm(), true)))
                .toList());
    }
}

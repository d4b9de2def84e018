package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.ui.common.DesktopTheme;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Light or dark: the user's explicit choice, then GTK's theme name, then GNOME's colour scheme. */
class DesktopThemeTest {

    @Test
    void theDesktopsPreferenceDecides() {
        assertTrue(prefersDark(Map.of("FLOWDECK_THEME", "dark"), () -> ""));
        assertFalse(prefersDark(Map.of("FLOWDECK_THEME", "light", "GTK_THEME", "Adwaita:dark"), () -> "'prefer-dark'"), "explicit wins");
        assertTrue(prefersDark(Map.of("GTK_THEME", "Adwaita:dark"), () -> "'default'"));
        assertFalse(prefersDark(Map.of("GTK_THEME", "Adwaita"), () -> "'prefer-dark'"), "a named light GTK theme wins over GNOME");
        assertTrue(prefersDark(Map.of(), () -> "'prefer-dark'\n"));
        assertFalse(prefersDark(Map.of(), () -> ""), "no desktop to ask: light");
    }

    private static boolean prefersDark(Map<String, String> env, Supplier<String> gnome) {
        return DesktopTheme.prefersDark(env, gnome);
    }
}

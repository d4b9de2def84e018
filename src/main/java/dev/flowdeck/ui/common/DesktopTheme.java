package dev.flowdeck.ui.common;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark theme (JavaFX 21 cannot ask the platform). Decided once at start,
 * before the toolkit, from FLOWDECK_THEME=dark|light, then GTK_THEME ("Adwaita:dark"), then GNOME's
 * color-scheme setting (gsettings, given half a second). Never asked on the JavaFX thread.
 */
public final class DesktopTheme {
    private static volatile boolean dark;

    private DesktopTheme() {
    }

    public static boolean isDark() {
        return dark;
    }

    /** Looks once; call from main, not from the JavaFX thread (it may start gsettings). */
    public static void detect(Map<String, String> env) {
        dark = prefersDark(env, DesktopTheme::gnomeColorScheme);
    }

    public static boolean prefersDark(Map<String, String> env, java.util.function.Supplier<String> gnomeColorScheme) {
        String chosen = env.getOrDefault("FLOWDECK_THEME", "");
        if (chosen.equalsIgnoreCase("dark") || chosen.equalsIgnoreCase("light")) {
            return chosen.equalsIgnoreCase("dark");
        }
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase();
        if (!gtk.isEmpty()) {
            return gtk.endsWith(":dark") || gtk.endsWith("-dark");
        }
        return gnomeColorScheme.get().contains("prefer-dark");
    }

    private static String gnomeColorScheme() {
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return ""; // no gsettings: not GNOME
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

package dev.flowdeck.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name, version and build time, filtered in by Maven. */
public final class Version {
    private Version() {
    }

    public static String text() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/flowdeck/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "FlowDeck (version unknown)";
        }
        return p.getProperty("name", "FlowDeck") + " " + p.getProperty("version", "unknown")
                + " (built " + p.getProperty("buildTime", "unknown") + ")";
    }
}

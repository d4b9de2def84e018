package dev.flowdeck.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that need a tool outside the JDK: skipped with a printed reason when it is missing,
 * except under CI=true, where a missing tool is a failure.
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    public static Path require(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        missing(tool + " is not on PATH");
        return null;
    }

    /** A font with Japanese glyphs, as fontconfig (which JavaFX uses on Linux) lists it. */
    public static void requireJapaneseFont() {
        String fonts = "";
        try {
            Process list = new ProcessBuilder("fc-list", ":lang=ja", "family").redirectErrorStream(true).start();
            fonts = new String(list.getInputStream().readAllBytes()).trim();
            list.waitFor();
        } catch (java.io.IOException e) {
            fonts = "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fonts.isEmpty()) {
            missing("no font with Japanese glyphs (apt-get install fonts-noto-cjk or fonts-ipafont-gothic)");
        }
    }

    private static void missing(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: .ci/run must install it)");
        }
        System.out.println("SKIPPED: " + why);
        assumeTrue(false, why);
    }
}

package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdeck.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key used in code is in the bundle, and every key in the bundle is used. */
class MessageKeysTest {
    /** A string literal shaped like a text key of one of the bundle's sections (keys may be chosen by a ternary). */
    private static final Pattern USE = Pattern.compile(
            "\"((?:app|toolbar|flows|detail|stop|calls|status|error|network|connection|signin|audit|filter|restart|granted|health|settings|wall)(?:\\.[a-zA-Z]+)+)\"");

    @Test
    void bundleAndCodeAgree() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".json")) { // a file name such as "settings.json", not a key
                        used.add(m.group(1));
                    }
                }
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        Set<String> defined = new TreeSet<>(bundle.keySet());

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertEquals(Set.of(), missing, "keys used in code but missing from the bundle");
        assertEquals(Set.of(), unused, "keys in the bundle that no code uses");
    }
}

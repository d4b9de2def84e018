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

/** Every text key used in code is in both bundles (English, Japanese), and every key in them is used. */
class MessageKeysTest {
    /** A string literal shaped like a text key of one of the bundle's sections (keys may be chosen by a ternary). */
    private static final Pattern USE = Pattern.compile(
            "\"((?:app|toolbar|flows|detail|stop|calls|status|error|network|connection|signin|audit|filter|restart|granted|health|settings|wall|action|language)(?:\\.[a-zA-Z]+)+)\"");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void japaneseIsChosenFromTheEnvironmentEvenWhenTheLocaleIsNotGenerated() {
        assertEquals(Locale.JAPAN, Messages.desktopLocale(java.util.Map.of("LANG", "ja_JP.UTF-8"), Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, Messages.desktopLocale(java.util.Map.of("LC_ALL", "C.UTF-8", "LANG", "ja_JP.UTF-8"), Locale.ENGLISH),
                "LC_ALL wins over LANG, as in the C library");
        assertEquals(Locale.ENGLISH, Messages.desktopLocale(java.util.Map.of("LANG", "en_GB.UTF-8"), Locale.ENGLISH));
        assertEquals("ja", Messages.load(Messages.desktopLocale(java.util.Map.of("LANG", "ja_JP.UTF-8"), Locale.ENGLISH)).locale().getLanguage());
    }

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
        ResourceBundle bundle = Messages.load(Locale.ENGLISH).bundle();
        Set<String> defined = new TreeSet<>(bundle.keySet());
        ResourceBundle japanese = Messages.load(Locale.JAPAN).bundle();
        assertEquals("ja", japanese.getLocale().getLanguage(), "the Japanese bundle exists");
        java.util.Properties own = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(MessageKeysTest.class.getResourceAsStream("/dev/flowdeck/i18n/messages_ja.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            own.load(in);
        }
        Set<String> inJapanese = new TreeSet<>(own.stringPropertyNames());
        Set<String> notTranslated = new TreeSet<>(defined);
        notTranslated.removeAll(inJapanese);
        Set<String> onlyJapanese = new TreeSet<>(inJapanese);
        onlyJapanese.removeAll(defined);
        assertEquals(Set.of(), notTranslated, "keys missing from messages_ja.properties");
        assertEquals(Set.of(), onlyJapanese, "keys only in messages_ja.properties");
        for (String key : defined) {
            // The same placeholders in both languages, so no argument is lost in translation.
            assertEquals(placeholders(bundle.getString(key)), placeholders(japanese.getString(key)), "placeholders of " + key);
        }

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertEquals(Set.of(), missing, "keys used in code but missing from the bundle");
        assertEquals(Set.of(), unused, "keys in the bundle that no code uses");
    }
}

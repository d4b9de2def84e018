package dev.flowdeck.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one resource bundle of user-visible text, loaded once and passed down. */
public final class Messages {
    public static final String BUNDLE = "dev.flowdeck.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The text for {@code locale}: Japanese for ja, English otherwise. Never falls back to the machine's
     * default locale, so "English" chosen on a Japanese desktop stays English.
     */
    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language chosen in the settings: "en", "ja", or "system" (null too) for the desktop's own locale. */
    public static Messages forSetting(String language) {
        return load(localeFor(language));
    }

    public static Locale localeFor(String language) {
        if ("ja".equals(language)) {
            return Locale.JAPAN;
        }
        if ("en".equals(language)) {
            return Locale.ENGLISH;
        }
        return desktopLocale(System.getenv(), Locale.getDefault());
    }

    /**
     * The desktop's language: the JVM's default, except that LC_ALL / LC_MESSAGES / LANG asking for Japanese
     * win over an English default — the JVM falls back to English when that locale is not generated on the
     * machine (a fresh Debian has only C.UTF-8), yet the user asked for Japanese.
     */
    public static Locale desktopLocale(java.util.Map<String, String> env, Locale jvmDefault) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.startsWith("ja") && !jvmDefault.getLanguage().equals("ja") ? Locale.JAPAN : jvmDefault;
            }
        }
        return jvmDefault;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }

    /** The language the text is in (the base bundle is English). */
    public Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}

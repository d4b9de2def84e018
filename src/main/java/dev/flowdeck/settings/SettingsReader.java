package dev.flowdeck.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads settings.json part by part: a part that does not fit (a word where a number belongs, a
 * connection without a name) falls back to its default and is named in {@link #problems()}; every
 * other part, the saved connections above all, is kept. Only text that is not JSON at all is unreadable.
 */
final class SettingsReader {
    private final ObjectMapper json;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(ObjectMapper json) {
        this.json = json;
    }

    SettingsFile read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file does not hold a JSON object");
        }
        SettingsFile defaults = SettingsFile.defaults();
        List<SavedConnection> connections = new ArrayList<>();
        JsonNode list = root.path("connections");
        for (int i = 0; i < list.size(); i++) {
            SavedConnection c = part(list.get(i), SavedConnection.class, "connection " + (i + 1));
            if (c != null && c.name() != null && !c.name().isBlank()) {
                connections.add(c);
            } else if (c != null) {
                problems.add("connection " + (i + 1) + " has no name");
            }
        }
        String written = text(root, "language");
        // "JA" or " ja " means Japanese too: nobody should lose a language setting to its case.
        String language = written == null ? null : written.trim().toLowerCase(java.util.Locale.ROOT);
        if (language != null && !SettingsFile.LANGUAGES.contains(language)) {
            problems.add("language \"" + written + "\" is not one of " + String.join(", ", SettingsFile.LANGUAGES));
        }
        return new SettingsFile(root.path("version").asInt(1), text(root, "lastConnection"), connections,
                number(root, "refreshSeconds", defaults.refreshSeconds()), decimal(root, "requestsPerSecond", defaults.requestsPerSecond()),
                number(root, "requestBurst", defaults.requestBurst()),
                orElse(part(root.get("health"), HealthSettings.class, "health"), HealthSettings.defaults()),
                orElse(part(root.get("wall"), WallSettings.class, "wall"), WallSettings.defaults()), language);
    }

    List<String> problems() {
        return problems;
    }

    private <T> T part(JsonNode node, Class<T> type, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return json.treeToValue(node, type);
        } catch (Exception e) {
            problems.add(name + " (" + firstLine(e) + ")");
            return null;
        }
    }

    private int number(JsonNode root, String field, int fallback) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.canConvertToInt()) {
            problems.add(field + " is not a whole number");
            return fallback;
        }
        return n.asInt();
    }

    private double decimal(JsonNode root, String field, double fallback) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            problems.add(field + " is not a number");
            return fallback;
        }
        return n.asDouble();
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}

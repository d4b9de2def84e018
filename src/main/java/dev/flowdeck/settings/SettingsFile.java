package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The settings file's shape (Jackson DTO); unknown fields from newer versions are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsFile(int version, String lastConnection, List<SavedConnection> connections, int refreshSeconds,
                           double requestsPerSecond, int requestBurst, HealthSettings health, WallSettings wall,
                           String language) {
    public static final int DEFAULT_REFRESH_SECONDS = 30;
    /** Well under MediaConnect's documented account-wide limits (5 requests/s, burst 30), shared with colleagues. */
    public static final double DEFAULT_REQUESTS_PER_SECOND = 2;
    public static final int DEFAULT_REQUEST_BURST = 10;
    /** The desktop's own locale; "en" and "ja" force a language. */
    public static final String LANGUAGE_SYSTEM = "system";
    public static final List<String> LANGUAGES = List.of(LANGUAGE_SYSTEM, "en", "ja");

    public static SettingsFile defaults() {
        return new SettingsFile(1, null, List.of(), DEFAULT_REFRESH_SECONDS, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_REQUEST_BURST,
                HealthSettings.defaults(), WallSettings.defaults(), LANGUAGE_SYSTEM);
    }

    public SettingsFile {
        connections = connections == null ? List.of() : List.copyOf(connections);
        // A missing or silly value falls back to the default rather than hammering the API.
        refreshSeconds = refreshSeconds < 5 ? DEFAULT_REFRESH_SECONDS : refreshSeconds;
        requestsPerSecond = requestsPerSecond <= 0 ? DEFAULT_REQUESTS_PER_SECOND : requestsPerSecond;
        requestBurst = requestBurst < 1 ? DEFAULT_REQUEST_BURST : requestBurst;
        health = health == null ? HealthSettings.defaults() : health;
        wall = wall == null ? WallSettings.defaults() : wall;
        language = language != null && LANGUAGES.contains(language) ? language : LANGUAGE_SYSTEM;
    }

    public SettingsFile withConnections(String last, List<SavedConnection> all) {
        return new SettingsFile(version, last, all, refreshSeconds, requestsPerSecond, requestBurst, health, wall, language);
    }

    public SettingsFile withRefresh(int seconds, HealthSettings healthSettings) {
        return new SettingsFile(version, lastConnection, connections, seconds, requestsPerSecond, requestBurst, healthSettings, wall,
                language);
    }

    public SettingsFile withWall(WallSettings chosen) {
        return new SettingsFile(version, lastConnection, connections, refreshSeconds, requestsPerSecond, requestBurst, health, chosen,
                language);
    }

    public SettingsFile withLanguage(String chosen) {
        return new SettingsFile(version, lastConnection, connections, refreshSeconds, requestsPerSecond, requestBurst, health, wall,
                chosen);
    }
}

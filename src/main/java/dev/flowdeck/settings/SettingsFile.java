package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The settings file's shape (Jackson DTO); unknown fields from newer versions are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsFile(int version, String lastConnection, List<SavedConnection> connections, int refreshSeconds) {
    public static final int DEFAULT_REFRESH_SECONDS = 30;

    public static SettingsFile defaults() {
        return new SettingsFile(1, null, List.of(), DEFAULT_REFRESH_SECONDS);
    }

    public SettingsFile {
        connections = connections == null ? List.of() : List.copyOf(connections);
        // A missing or silly value falls back to the default rather than hammering the API.
        refreshSeconds = refreshSeconds < 5 ? DEFAULT_REFRESH_SECONDS : refreshSeconds;
    }
}

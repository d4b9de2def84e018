package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The settings file's shape (Jackson DTO); unknown fields from newer versions are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsFile(int version, String lastConnection, List<SavedConnection> connections) {

    public static SettingsFile defaults() {
        return new SettingsFile(1, null, List.of());
    }

    public SettingsFile {
        connections = connections == null ? List.of() : List.copyOf(connections);
    }
}

package dev.flowdeck.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FlowDeck's settings in the platform's config folder, written atomically (temp file, then move).
 * An unreadable file is kept aside as a backup, the user told, and defaults loaded — nothing lost.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;

    /** The result of loading: the settings and, when the file was unreadable, what happened to it. */
    public record Loaded(SettingsFile settings, String problem) {
    }

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** $FLOWDECK_CONFIG_DIR, else the platform's place: XDG on Linux, Application Support, %APPDATA%. */
    public static Path defaultFolder(Map<String, String> env, String osName, Path home) {
        if (env.get("FLOWDECK_CONFIG_DIR") != null) {
            return Path.of(env.get("FLOWDECK_CONFIG_DIR"));
        }
        String os = osName.toLowerCase();
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "FlowDeck");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FlowDeck");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("flowdeck");
    }

    public Path file() {
        return file;
    }

    /** The settings as they are, or the defaults, touching nothing (start-up reads; load() reports problems). */
    public SettingsFile peek() {
        try {
            return Files.isRegularFile(file) ? new SettingsReader(JSON).read(JSON.readTree(file.toFile())) : SettingsFile.defaults();
        } catch (IOException | RuntimeException unreadable) {
            return SettingsFile.defaults();
        }
    }

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(SettingsFile.defaults(), null);
        }
        try {
            SettingsReader reader = new SettingsReader(JSON);
            SettingsFile read = reader.read(JSON.readTree(file.toFile()));
            if (reader.problems().isEmpty()) {
                return new Loaded(read, null);
            }
            // Parts did not fit: keep a copy of the file exactly as it was before anything rewrites it, once
            // (the same file found again at the next start is already kept).
            Path copy = keptCopyOf(file);
            return new Loaded(read, "Parts of the settings file could not be read: " + String.join("; ", reader.problems())
                    + ". Defaults are used for them; everything else (" + read.connections().size()
                    + " saved connections) is kept. The file as it was is saved as " + copy.getFileName() + ".");
        } catch (IOException | RuntimeException unreadable) {
            Path backup = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return new Loaded(SettingsFile.defaults(), "The settings file " + file + " cannot be read (" + firstLine(unreadable)
                        + ") and could not be moved aside: defaults are in use and the file is left untouched.");
            }
            return new Loaded(SettingsFile.defaults(), "The settings file could not be read (" + firstLine(unreadable)
                    + "). It was kept as " + backup.getFileName() + " and defaults are in use.");
        }
    }

    public void save(SettingsFile settings) throws IOException {
        AtomicWrite.write(file, JSON.writeValueAsBytes(settings));
    }

    /** Adds or replaces (by name) one saved connection and writes the file. */
    public SettingsFile saveConnection(SettingsFile current, SavedConnection connection) throws IOException {
        List<SavedConnection> all = new ArrayList<>(current.connections());
        all.removeIf(c -> c.name().equals(connection.name()));
        all.add(connection);
        SettingsFile next = current.withConnections(connection.name(), all);
        save(next);
        return next;
    }

    /** A copy of the file as it is now: an earlier one with the same bytes, else a new one with the time in its name. */
    private Path keptCopyOf(Path original) throws IOException {
        byte[] now = Files.readAllBytes(original);
        String prefix = original.getFileName() + ".as-found-";
        try (var siblings = Files.list(original.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings.sorted()::iterator) {
                if (sibling.getFileName().toString().startsWith(prefix) && java.util.Arrays.equals(Files.readAllBytes(sibling), now)) {
                    return sibling;
                }
            }
        }
        Path copy = original.resolveSibling(prefix + STAMP.format(clock.instant()));
        Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

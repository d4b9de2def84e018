package dev.flowdeck.wall;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdeck.settings.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall's unacknowledged latches, kept across restarts: a kiosk that restarts a crashed wall must
 * not clear an alarm nobody has seen. A missing or unreadable file is an empty one (logged, never fatal).
 */
public final class LatchFile {
    private static final Logger LOG = LoggerFactory.getLogger(LatchFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public LatchFile(Path file) {
        this.file = file;
    }

    public List<AlarmLatch.Saved> load() {
        try {
            return List.copyOf(JSON.readValue(Files.readAllBytes(file), new TypeReference<List<AlarmLatch.Saved>>() { }));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Latched alarms from the last run could not be read from {} ({}); starting without them", file, e.getMessage());
            return List.of();
        }
    }

    /** True when the latch belongs to one of the connections named by {@code prefixes} ("connection|"). */
    public static boolean ofAny(AlarmLatch.Saved latch, java.util.Set<String> prefixes) {
        return latch.key() != null && prefixes.stream().anyMatch(latch.key()::startsWith);
    }

    /**
     * Writes {@code mine} as the latches of the connections named by {@code prefixes}, keeping those of other
     * connections (another wall on this machine) as the file has them now. One wall process writes at a time
     * through its single writer thread; two walls interleaving lose at most each other's last change.
     */
    public synchronized void replace(java.util.Set<String> prefixes, List<AlarmLatch.Saved> mine) {
        List<AlarmLatch.Saved> all = new java.util.ArrayList<>(load().stream().filter(l -> !ofAny(l, prefixes)).toList());
        all.addAll(mine);
        save(all);
    }

    public void save(List<AlarmLatch.Saved> latches) {
        try {
            AtomicWrite.write(file, JSON.writeValueAsBytes(latches));
        } catch (IOException e) {
            LOG.warn("Latched alarms could not be kept in {}: {}", file, e.getMessage());
        }
    }
}

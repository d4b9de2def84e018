package dev.flowdeck.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A local record of every mutating action (start, stop, restart): when, which OS user, which AWS
 * identity, which connection, which flow, what happened. JSON lines in the settings folder.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final String osUser;
    private final Supplier<String> awsIdentity;
    private final String connection;

    /** One line of the log as the viewer shows it. */
    public record Entry(String time, String osUser, String awsIdentity, String connection, String flow, String action, String result) {
    }

    public AuditLog(Path file, Clock clock, String osUser, Supplier<String> awsIdentity, String connection) {
        this.file = file;
        this.clock = clock;
        this.osUser = osUser;
        this.awsIdentity = awsIdentity;
        this.connection = connection;
    }

    public synchronized void record(String flowName, String flowArn, String action, String result) {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", clock.instant().toString());
        n.put("osUser", osUser);
        n.put("awsIdentity", identity());
        n.put("connection", connection);
        n.put("flow", flowName);
        n.put("flowArn", flowArn);
        n.put("action", action);
        n.put("result", result);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, n + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The audit log " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** The newest {@code max} entries, newest first. */
    public List<Entry> recent(int max) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && entries.size() < max; i--) {
            try {
                var n = JSON.readTree(lines.get(i));
                entries.add(new Entry(n.path("time").asText(), n.path("osUser").asText(), n.path("awsIdentity").asText(),
                        n.path("connection").asText(), n.path("flow").asText(), n.path("action").asText(), n.path("result").asText()));
            } catch (IOException damaged) {
                entries.add(new Entry("?", "", "", "", "", "unreadable line", lines.get(i)));
            }
        }
        return entries;
    }

    public Path file() {
        return file;
    }

    private String identity() {
        try {
            return awsIdentity.get();
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}

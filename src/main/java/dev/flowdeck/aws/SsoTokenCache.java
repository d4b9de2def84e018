package dev.flowdeck.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The AWS CLI v2's token cache ({@code ~/.aws/sso/cache/<sha1 of the key>.json}, mode 0600), so that
 * signing in in FlowDeck signs in the CLI and the other way round. The key is the sso-session's name,
 * or the start URL for legacy profiles.
 */
public final class SsoTokenCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    public static SsoTokenCache inHome(Path home) {
        return new SsoTokenCache(home.resolve(".aws").resolve("sso").resolve("cache"));
    }

    public static String fileName(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path fileFor(String key) {
        return directory.resolve(fileName(key));
    }

    /** The cached token, if there is a readable one; a damaged file reads as "not signed in". */
    public Optional<SsoToken> read(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(new SsoToken(text(n, "startUrl"), text(n, "region"), text(n, "accessToken"),
                    instant(text(n, "expiresAt")), text(n, "clientId"), text(n, "clientSecret"),
                    instant(text(n, "registrationExpiresAt")), text(n, "refreshToken")));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When the file last changed: a renewed token (FlowDeck's or the CLI's) shows up here. */
    public Optional<Instant> lastModified(String key) {
        try {
            return Optional.of(Files.getLastModifiedTime(fileFor(key)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the token the way the CLI does: atomically, readable by the owner only. */
    public void write(String key, SsoToken token) throws IOException {
        Files.createDirectories(directory);
        ObjectNode n = JSON.createObjectNode();
        n.put("startUrl", token.startUrl());
        n.put("region", token.region());
        n.put("accessToken", token.accessToken());
        n.put("expiresAt", token.expiresAt().toString());
        putIfPresent(n, "clientId", token.clientId());
        putIfPresent(n, "clientSecret", token.clientSecret());
        if (token.registrationExpiresAt() != null) {
            n.put("registrationExpiresAt", token.registrationExpiresAt().toString());
        }
        putIfPresent(n, "refreshToken", token.refreshToken());
        Path temp = Files.createTempFile(directory, ".flowdeck-token", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        try {
            Files.move(temp, fileFor(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, fileFor(key), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The CLI writes "2026-12-03T10:00:00Z" (older versions "…UTC"). */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith("UTC")) {
            t = t.substring(0, t.length() - 3) + "Z";
        }
        return Instant.parse(t);
    }
}

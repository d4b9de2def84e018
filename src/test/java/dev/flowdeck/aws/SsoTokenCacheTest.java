package dev.flowdeck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS CLI v2's token cache: file names, modes and format. */
class SsoTokenCacheTest {

    @Test
    void fileNamesFollowTheCliRule() {
        assertEquals("9327ea72f36c87db16b426a672846f67c90d19c1.json", SsoTokenCache.fileName("noc-sso"));
    }

    @Test
    void writtenReadableByTheOwnerOnlyAndReadBack(@TempDir Path home) throws Exception {
        SsoTokenCache cache = SsoTokenCache.inHome(home);
        SsoToken token = new SsoToken("https://d-1234567890.awsapps.com/start", "us-east-1", "secret-token",
                Instant.parse("2026-12-03T18:00:00Z"), "client", "client-secret", Instant.parse("2027-03-01T00:00:00Z"), null);

        cache.write("noc-sso", token);

        Path file = home.resolve(".aws/sso/cache/9327ea72f36c87db16b426a672846f67c90d19c1.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(token, cache.read("noc-sso").orElseThrow());
        assertTrue(Files.readString(file).contains("\"expiresAt\" : \"2026-12-03T18:00:00Z\""));
    }

    @Test
    void readsWhatTheCliWrites(@TempDir Path dir) throws Exception {
        SsoTokenCache cache = new SsoTokenCache(dir);
        Files.writeString(cache.fileFor("noc-sso"), "{\"startUrl\": \"https://d-1234567890.awsapps.com/start\", \"region\": \"us-east-1\","
                + " \"accessToken\": \"abc\", \"expiresAt\": \"2026-12-03T18:00:00UTC\"}");

        SsoToken token = cache.read("noc-sso").orElseThrow();

        assertEquals(Instant.parse("2026-12-03T18:00:00Z"), token.expiresAt());
        assertTrue(new SsoTokenCache(dir).read("missing").isEmpty());
        Files.writeString(cache.fileFor("damaged"), "{not json");
        assertTrue(cache.read("damaged").isEmpty(), "a damaged file reads as not signed in");
    }
}

package dev.flowdeck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved connections: written atomically, never a secret, and a corrupt file loses nothing. */
class SettingsStoreTest {

    @Test
    void savedConnectionsComeBack(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), new MutableClock());
        SavedConnection dx = new SavedConnection("Tokyo via DX", "noc", "ap-northeast-1",
                Map.of("mediaconnect", "https://vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com"),
                Map.of("vpce-x.example", List.of("10.213.21.5")), "10.213.0.2:53", null, true, null, null);

        store.saveConnection(SettingsFile.defaults(), dx);
        SettingsStore.Loaded loaded = store.load();

        assertNull(loaded.problem());
        assertEquals(List.of(dx), loaded.settings().connections());
        assertEquals("Tokyo via DX", loaded.settings().lastConnection());
        String text = Files.readString(store.file());
        assertFalse(text.toLowerCase().contains("secret") || text.contains("AKIA") || text.contains("token"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void aCorruptFileIsKeptAsABackupAndDefaultsLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"version\": 1, \"connections\": [ {\"name\": ");
        SettingsStore store = new SettingsStore(file, new MutableClock());

        SettingsStore.Loaded loaded = store.load();

        assertEquals(SettingsFile.defaults(), loaded.settings());
        assertTrue(loaded.problem().contains("kept as settings.json.unreadable-20261203-090000"), loaded.problem());
        assertEquals("{\"version\": 1, \"connections\": [ {\"name\": ", Files.readString(dir.resolve("settings.json.unreadable-20261203-090000")));
        assertFalse(Files.exists(file));
    }

    @Test
    void theLanguageIsReadWhateverItsCaseAndOutOfRangeWallValuesTakeTheNearestLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"version\": 1, \"language\": \" JA \", \"wall\": {\"refreshSeconds\": 1, \"pageSeconds\": 99999}}");

        SettingsStore.Loaded loaded = new SettingsStore(file, new MutableClock()).load();

        assertNull(loaded.problem());
        assertEquals("ja", loaded.settings().language());
        assertEquals(5, loaded.settings().wall().refreshSeconds(), "1 s would hammer the API: the lowest allowed");
        assertEquals(600, loaded.settings().wall().pageSeconds());
        assertEquals(WallSettings.DEFAULT_RECENT_MINUTES, loaded.settings().wall().recentMinutes(), "absent: the default");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"version\": 2, \"theme\": \"dark\", \"connections\": [{\"name\": \"Demo\", \"wallTiles\": 9}]}");

        SettingsStore.Loaded loaded = new SettingsStore(file, new MutableClock()).load();

        assertNull(loaded.problem());
        assertEquals("Demo", loaded.settings().connections().get(0).name());
    }

    @Test
    void healthThresholdsRoundTripAndSillyValuesFallBackToDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, new MutableClock());
        HealthSettings chosen = new HealthSettings(120, 1.5, 10, 3, 4, 10);
        store.save(SettingsFile.defaults().withRefresh(20, chosen));

        SettingsFile read = store.load().settings();
        assertEquals(chosen, read.health());
        assertEquals(20, read.refreshSeconds());
        assertEquals(1.5, read.health().rules().lossPercent());

        Files.writeString(file, "{\"version\": 1, \"health\": {\"intervalSeconds\": 1, \"lossPercent\": -3, \"noInputMinutes\": 0,"
                + " \"tr101Errors\": 1e9}}");
        HealthSettings silly = store.load().settings().health();
        assertEquals(HealthSettings.MIN_INTERVAL_SECONDS, silly.intervalSeconds(), "never hammer CloudWatch every second");
        assertEquals(HealthSettings.defaults().lossPercent(), silly.lossPercent(), "an impossible value takes the default");
        assertEquals(HealthSettings.defaults().noInputMinutes(), silly.noInputMinutes());
        assertEquals(HealthSettings.MAX_COUNT, silly.tr101Errors(), "past the limit takes the limit");
        Files.writeString(file, "{\"version\": 1}");
        assertEquals(HealthSettings.defaults(), store.load().settings().health(), "files from before health settings");
        assertEquals(5400, HealthSettings.defaults().queriesPerHour(90), "90 queries every 60 s");
    }

    @Test
    void aBadPartIsNamedAndReplacedWhileTheConnectionsAreKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        String original = "{\"version\": 1, \"connections\": [{\"name\": \"Tokyo via DX\", \"region\": \"ap-northeast-1\"}],"
                + " \"health\": {\"intervalSeconds\": 90, \"lossPercent\": \"abc\"}, \"refreshSeconds\": \"often\"}";
        Files.writeString(file, original);

        MutableClock clock = new MutableClock();
        SettingsStore.Loaded loaded = new SettingsStore(file, clock).load();

        assertEquals("Tokyo via DX", loaded.settings().connections().get(0).name(), "the saved connection survives");
        assertEquals(HealthSettings.defaults(), loaded.settings().health(), "the broken part takes its defaults");
        assertEquals(SettingsFile.DEFAULT_REFRESH_SECONDS, loaded.settings().refreshSeconds());
        assertTrue(loaded.problem().contains("health") && loaded.problem().contains("refreshSeconds"), loaded.problem());
        Path copy;
        try (var files = Files.list(dir)) {
            copy = files.filter(f -> f.getFileName().toString().startsWith("settings.json.as-found-")).findFirst().orElseThrow();
        }
        assertEquals(original, Files.readString(copy), "the file as it was is kept before anything rewrites it");
        assertEquals(original, Files.readString(file), "and the file itself is not touched by reading it");

        clock.advance(java.time.Duration.ofMinutes(5));
        SettingsStore.Loaded again = new SettingsStore(file, clock).load();
        assertTrue(again.problem().contains(copy.getFileName().toString()), "the next start names the copy already kept: " + again.problem());
        Files.writeString(file, original.replace("often", "rarely"));
        clock.advance(java.time.Duration.ofMinutes(5));
        new SettingsStore(file, clock).load();
        try (var files = Files.list(dir)) {
            assertEquals(2, files.filter(f -> f.getFileName().toString().startsWith("settings.json.as-found-")).count(),
                    "one copy per distinct file as found, not one per start");
        }
    }

    @Test
    void thePlatformFolderIsChosenByTheUsualRules() {
        Path home = Path.of("/home/noc");
        assertEquals(Path.of("/home/noc/.config/flowdeck"), SettingsStore.defaultFolder(Map.of(), "Linux", home));
        assertEquals(Path.of("/x/flowdeck"), SettingsStore.defaultFolder(Map.of("XDG_CONFIG_HOME", "/x"), "Linux", home));
        assertEquals(Path.of("/tmp/fd"), SettingsStore.defaultFolder(Map.of("FLOWDECK_CONFIG_DIR", "/tmp/fd"), "Linux", home));
        assertEquals(home.resolve("Library/Application Support/FlowDeck"), SettingsStore.defaultFolder(Map.of(), "Mac OS X", home));
    }
}

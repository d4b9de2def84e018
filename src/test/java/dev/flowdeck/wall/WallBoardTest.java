package dev.flowdeck.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.PathVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wall's order, latches and staleness, from sweeps as the feed delivers them. */
class WallBoardTest {
    private static final Duration RECENT = Duration.ofMinutes(10);
    private WallBoard board = new WallBoard();
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void tilesAreOrderedBySeverityThenName() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("zz-standby", "STANDBY");
        statuses.put("b-active", "ACTIVE");
        statuses.put("a-active", "ACTIVE");
        statuses.put("starting", "STARTING");
        statuses.put("odd", "MIGRATING");
        statuses.put("lossy", "ACTIVE");
        statuses.put("silent", "ACTIVE");
        statuses.put("broken", "ERROR");
        statuses.put("unsure", "ACTIVE");
        Map<String, FlowHealth.State> health = Map.of("lossy", FlowHealth.State.DEGRADED, "silent", FlowHealth.State.NO_INPUT,
                "unsure", FlowHealth.State.UNKNOWN);
        sweep("Tokyo", statuses, health);

        assertEquals(List.of("broken", "silent", "lossy", "odd", "starting", "unsure", "a-active", "b-active", "zz-standby"), names(),
                "ERROR and no input; degraded; transient and unknown; ACTIVE without a health verdict; ACTIVE; STANDBY — then by name");
        assertEquals(Severity.UNVERIFIED, Severity.of(tile("unsure"), now, RECENT), "ACTIVE alone is never drawn as fine");
    }

    @Test
    void aStatusChangeIsRecentForTenMinutes() {
        sweep("Tokyo", Map.of("a", "ACTIVE", "b", "STANDBY"), Map.of());
        later(Duration.ofSeconds(15));
        sweep("Tokyo", Map.of("a", "ACTIVE", "b", "ACTIVE"), Map.of());
        assertEquals(List.of("b", "a"), names(), "b changed a moment ago");
        later(Duration.ofMinutes(11));
        sweep("Tokyo", Map.of("a", "ACTIVE", "b", "ACTIVE"), Map.of());
        assertEquals(List.of("a", "b"), names());
    }

    @Test
    void anErrorLatchesUntilAcknowledgedAndUpdatingDoesNot() {
        sweep("Tokyo", Map.of("live", "ACTIVE", "tweaked", "ACTIVE", "quiet", "STANDBY"), Map.of());
        sweep("Tokyo", Map.of("live", "ERROR", "tweaked", "UPDATING", "quiet", "STANDBY"), Map.of());
        sweep("Tokyo", Map.of("live", "ACTIVE", "tweaked", "ACTIVE", "quiet", "STANDBY"), Map.of());

        WallTile live = tile("live");
        assertNotNull(live.latch(), "recovered, still latched");
        assertEquals(AlarmLatch.ERROR, live.latch().reason());
        assertEquals(Severity.LATCHED, Severity.of(live, now, RECENT));
        assertNull(tile("tweaked").latch(), "UPDATING is not news");
        assertEquals("live", names().get(0));

        board.acknowledgeAll();
        assertNull(tile("live").latch());
        sweep("Tokyo", Map.of("live", "ACTIVE", "tweaked", "ACTIVE", "quiet", "STANDBY"), Map.of());
        assertNull(tile("live").latch(), "an acknowledged alarm stays acknowledged");
    }

    @Test
    void aFlowAlreadyInTroubleWhenTheWallStartsSaysSo() {
        sweep("Tokyo", Map.of("broken", "ERROR", "silent", "ACTIVE"), Map.of("silent", FlowHealth.State.NO_INPUT));
        sweep("Tokyo", Map.of("broken", "ACTIVE", "silent", "ACTIVE"), Map.of());

        assertEquals(AlarmLatch.ERROR_AT_START, tile("broken").latch().reason(), "the latch time is the wall's start, not the fault's");
        assertEquals(AlarmLatch.NO_INPUT_AT_START, tile("silent").latch().reason());
    }

    @Test
    void anUnacknowledgedLatchOutlivesARestartOfTheWall(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        sweep("Tokyo", Map.of("feed", "ACTIVE", "calm", "ACTIVE"), Map.of());
        sweep("Tokyo", Map.of("feed", "ERROR", "calm", "ACTIVE"), Map.of());
        LatchFile file = new LatchFile(dir.resolve("wall-latches.json"));
        file.save(board.latches().saved());

        board = new WallBoard();   // the kiosk restarted the wall after a crash
        board.latches().restore(file.load());
        sweep("Virginia", Map.of("other", "ACTIVE"), Map.of());   // another connection answers first: Tokyo's latch must survive it
        sweep("Tokyo", Map.of("feed", "ACTIVE", "calm", "ACTIVE"), Map.of());

        assertEquals(AlarmLatch.ERROR, tile("feed").latch().reason(), "still latched after the restart, for what happened before it");
        assertEquals(1, tile("feed").latch().count(), "the restart is not a second alarm");
        assertNull(tile("calm").latch());
        java.nio.file.Files.writeString(dir.resolve("wall-latches.json"), "{not json");
        assertEquals(List.of(), file.load(), "a damaged file is no latches, never a wall that cannot start");
    }

    @Test
    void aFlowThatVanishedStaysAGoneTileAcrossARestartAndOtherWallsKeepTheirLatches(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        sweep("Tokyo", Map.of("feed", "ACTIVE", "calm", "ACTIVE"), Map.of());
        sweep("Tokyo", Map.of("calm", "ACTIVE"), Map.of());
        LatchFile file = new LatchFile(dir.resolve("wall-latches.json"));
        file.save(List.of(new AlarmLatch.Saved("Osaka|arn:other", "osaka-feed", AlarmLatch.ERROR, null, 0, 1)));
        file.replace(java.util.Set.of("Tokyo|"), board.latches().saved());

        board = new WallBoard();
        board.latches().restore(file.load().stream().filter(l -> LatchFile.ofAny(l, java.util.Set.of("Tokyo|"))).toList());
        sweep("Tokyo", Map.of("calm", "ACTIVE"), Map.of());

        assertTrue(tile("feed").gone(), "still on the wall as GONE until acknowledged");
        assertEquals(AlarmLatch.GONE, tile("feed").latch().reason());
        file.replace(java.util.Set.of("Tokyo|"), board.latches().saved());
        assertTrue(file.load().stream().anyMatch(l -> l.key().equals("Osaka|arn:other")), "another wall's latch is left alone");
    }

    @Test
    void aPlannedStopBySomeoneElseAndNoInputLatchToo() {
        sweep("Tokyo", Map.of("stopped", "ACTIVE", "feed", "ACTIVE"), Map.of());
        sweep("Tokyo", Map.of("stopped", "STOPPING", "feed", "ACTIVE"), Map.of("feed", FlowHealth.State.NO_INPUT));
        sweep("Tokyo", Map.of("stopped", "STANDBY", "feed", "ACTIVE"), Map.of("feed", FlowHealth.State.HEALTHY));

        assertEquals(AlarmLatch.LEFT_ACTIVE, tile("stopped").latch().reason());
        assertEquals("STOPPING", tile("stopped").latch().detail());
        assertEquals(AlarmLatch.NO_INPUT, tile("feed").latch().reason());
        assertEquals(1, tile("feed").latch().count());
    }

    @Test
    void aLiveFlowThatDisappearsStaysAsAGoneTileUntilAcknowledged() {
        sweep("Tokyo", Map.of("live", "ACTIVE", "spare", "STANDBY", "other", "ACTIVE"), Map.of());
        sweep("Tokyo", Map.of("other", "ACTIVE"), Map.of());

        assertEquals(List.of("live", "other"), names(), "a deleted STANDBY flow is not news; a live one is");
        assertTrue(tile("live").gone());
        board.acknowledgeAll();
        assertEquals(List.of("other"), names());
    }

    @Test
    void aFailedSweepKeepsTheDataButMarksItStaleAndOnlyForItsConnection() {
        Instant asOf = now;
        sweep("Tokyo", Map.of("t1", "ACTIVE"), Map.of());
        sweep("Virginia", Map.of("v1", "ACTIVE"), Map.of());
        later(Duration.ofSeconds(15));

        board.apply(Sweep.failed("Tokyo", now, PathVerdict.none(), "DNS lookup failed", false));

        assertTrue(tile("t1").stale());
        assertEquals("ACTIVE", tile("t1").status(), "never turned into ERROR by a failed refresh");
        assertEquals(asOf, tile("t1").asOf());
        assertTrue(!tile("v1").stale(), "the other connection is fine");
        sweep("Tokyo", Map.of("t1", "ACTIVE"), Map.of());
        assertTrue(!tile("t1").stale(), "fresh again after recovery");
    }

    @Test
    void theAlarmHistoryIsBounded() {
        for (int i = 0; i < 2 * AlarmLatch.HISTORY + 100; i++) {
            sweep("Tokyo", Map.of("flappy", i % 2 == 0 ? "ACTIVE" : "ERROR"), Map.of());
        }
        assertEquals(AlarmLatch.HISTORY, board.latches().history().size());
        assertTrue(tile("flappy").latch().count() > 100, "the latch counts the flaps");
    }

    private void sweep(String connection, Map<String, String> statuses, Map<String, FlowHealth.State> health) {
        List<FlowSummary> flows = statuses.entrySet().stream().map(e -> new FlowSummary(arn(connection, e.getKey()), e.getKey(),
                e.getValue(), "OWNED", "ap-northeast-1a", "")).toList();
        Map<String, FlowHealth> verdicts = new HashMap<>();
        // A running flow is healthy unless the test says otherwise.
        statuses.forEach((name, status) -> verdicts.put(arn(connection, name), FlowHealth.of(health.getOrDefault(name,
                status.equals("ACTIVE") ? FlowHealth.State.HEALTHY : FlowHealth.State.NOT_RUNNING), Map.of(), null)));
        board.apply(new Sweep(connection, now, flows, verdicts, Map.of(), PathVerdict.none(), null, null, false));
        later(Duration.ofSeconds(1));
    }

    private static String arn(String connection, String name) {
        return "arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-" + connection + "-" + name + ":" + name;
    }

    private void later(Duration d) {
        now = now.plus(d);
    }

    private List<String> names() {
        return board.tiles(now, RECENT).stream().map(WallTile::name).toList();
    }

    private WallTile tile(String name) {
        return board.tiles(now, RECENT).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}

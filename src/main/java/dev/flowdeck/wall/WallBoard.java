package dev.flowdeck.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.service.MetricNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every tile of the wall across its connections, kept from sweep to sweep: a successful sweep
 * replaces a connection's tiles (latching what went wrong), a failed one only marks them stale, so
 * old data is kept but never looks fresh. Bounded: flows listed now plus latched ones that vanished.
 */
public final class WallBoard {
    static final int MAX_GONE_TILES = 100;

    private final Map<String, Map<String, WallTile>> byConnection = new LinkedHashMap<>();
    private final AlarmLatch latches = new AlarmLatch();

    public void addConnection(String connection) {
        byConnection.putIfAbsent(connection, new LinkedHashMap<>());
    }

    public void apply(Sweep sweep) {
        Map<String, WallTile> previous = byConnection.computeIfAbsent(sweep.connection(), c -> new LinkedHashMap<>());
        if (!sweep.ok()) {
            previous.replaceAll((k, t) -> t.asStale());
            return;
        }
        Map<String, WallTile> next = new LinkedHashMap<>();
        for (FlowSummary f : sweep.flows()) {
            String key = sweep.connection() + "|" + f.arn();
            WallTile was = previous.get(key);
            FlowHealth health = healthOf(f, sweep.health().get(f.arn()), was);
            Instant changed = was == null || was.gone() ? null
                    : Objects.equals(was.status(), f.status()) ? was.statusChangedAt() : sweep.at();
            String protocol = sweep.protocols().getOrDefault(f.arn(), was == null ? null : was.protocol());
            AlarmLatch.Latch latch = latches.observe(key, f.name(), was == null ? null : was.status(),
                    was == null ? null : was.healthState(), f.status(), health == null ? null : health.state(), sweep.at());
            next.put(key, new WallTile(sweep.connection(), f.arn(), f.name(), f.status(), health, f.region(), f.availabilityZone(),
                    protocol, bitrateOf(health), sweep.at(), changed, false, latch, false));
        }
        int gone = 0;
        for (WallTile old : previous.values()) {
            if (next.containsKey(old.key())) {
                continue;
            }
            AlarmLatch.Latch latch = old.gone() ? latches.get(old.key()) : latches.vanished(old.key(), old.name(), old.status(), sweep.at());
            if (latch != null && gone++ < MAX_GONE_TILES) {
                next.put(old.key(), (old.gone() ? old : old.asGone(sweep.at())).withLatch(latch));
            }
        }
        String prefix = sweep.connection() + "|";
        // Latched before a restart for a flow that is no longer listed: it stays up as a GONE tile until acknowledged.
        for (Map.Entry<String, String> restored : latches.latchedNames(prefix).entrySet()) {
            String key = restored.getKey();
            if (!next.containsKey(key) && !previous.containsKey(key) && gone++ < MAX_GONE_TILES) {
                AlarmLatch.Latch latch = latches.get(key);
                String arn = key.substring(prefix.length());
                String[] parts = arn.split(":");
                next.put(key, new WallTile(sweep.connection(), arn, restored.getValue() == null ? arn : restored.getValue(),
                        latch.detail() == null ? "—" : latch.detail(), null, parts.length > 3 ? parts[3] : "", null, null, null,
                        latch.since(), latch.since(), false, latch, true));
            }
        }
        byConnection.put(sweep.connection(), next);
        // Only this connection's flows are known now: latches of connections not swept yet (restored ones) stay.
        latches.retain(prefix, next.keySet());
    }

    /** The health to show: this sweep's verdict, else the last one while the status is unchanged. */
    private static FlowHealth healthOf(FlowSummary f, FlowHealth fresh, WallTile was) {
        if (fresh != null) {
            return fresh;
        }
        if (f.statusKind() != FlowStatus.ACTIVE) {
            return FlowHealth.notRunning(f.status());
        }
        return was != null && Objects.equals(was.status(), f.status()) ? was.health() : null;
    }

    private static Double bitrateOf(FlowHealth h) {
        if (h == null) {
            return null;
        }
        List<Double> values = h.series().getOrDefault(MetricNames.SOURCE_BITRATE, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    /** Key A: clears every latch and the tiles of flows that are gone. Nothing is sent to AWS. */
    public void acknowledgeAll() {
        latches.acknowledgeAll();
        for (Map<String, WallTile> tiles : byConnection.values()) {
            tiles.values().removeIf(WallTile::gone);
            tiles.replaceAll((k, t) -> t.withLatch(null));
        }
    }

    /** Every tile in display order. */
    public List<WallTile> tiles(Instant now, Duration recent) {
        List<WallTile> all = new ArrayList<>();
        byConnection.values().forEach(m -> all.addAll(m.values()));
        all.sort(Severity.order(now, recent));
        return all;
    }

    public AlarmLatch latches() {
        return latches;
    }
}

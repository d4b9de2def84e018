package dev.flowdeck.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import java.time.Instant;

/**
 * What one wall tile shows, as of {@code asOf}: never more current than the last sweep that
 * succeeded. {@code stale} is set while that connection's refreshes fail; {@code latch} while an
 * alarm waits to be acknowledged; {@code gone} when the flow disappeared from ListFlows.
 */
public record WallTile(String connection, String arn, String name, String status, FlowHealth health, String region,
                       String availabilityZone, String protocol, Double bitrate, Instant asOf, Instant statusChangedAt,
                       boolean stale, AlarmLatch.Latch latch, boolean gone) {

    public FlowStatus statusKind() {
        return FlowStatus.of(status);
    }

    public FlowHealth.State healthState() {
        return health == null ? null : health.state();
    }

    /** A stable key across connections (two accounts may reuse a flow name, never an ARN). */
    public String key() {
        return connection + "|" + arn;
    }

    WallTile withLatch(AlarmLatch.Latch value) {
        return new WallTile(connection, arn, name, status, health, region, availabilityZone, protocol, bitrate, asOf, statusChangedAt,
                stale, value, gone);
    }

    WallTile asStale() {
        return new WallTile(connection, arn, name, status, health, region, availabilityZone, protocol, bitrate, asOf, statusChangedAt,
                true, latch, gone);
    }

    WallTile asGone(Instant when) {
        return new WallTile(connection, arn, name, status, health, region, availabilityZone, protocol, bitrate, asOf, when,
                stale, latch, true);
    }
}

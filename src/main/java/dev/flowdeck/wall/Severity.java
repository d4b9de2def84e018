package dev.flowdeck.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/** How loudly a tile asks for attention; the wall sorts by it, then by name. */
public enum Severity {
    /** ERROR, or ACTIVE with no input, or gone from the list. */
    ALARM,
    /** Recovered (or never alarming now) but with an unacknowledged latch. */
    LATCHED,
    DEGRADED,
    /** STARTING, STOPPING, UPDATING, DELETING, and statuses the SDK does not know. */
    TRANSIENT,
    /** ACTIVE, but its signal health is unknown (not read yet, no permission, CloudWatch unreachable): never drawn as fine. */
    UNVERIFIED,
    /** Status changed within the "recent" window. */
    RECENT,
    ACTIVE,
    STANDBY;

    public static Severity of(WallTile t, Instant now, Duration recent) {
        FlowStatus s = t.statusKind();
        if (t.gone() && t.latch() != null) {
            return LATCHED;
        }
        if (s == FlowStatus.ERROR || (s == FlowStatus.ACTIVE && t.healthState() == FlowHealth.State.NO_INPUT)) {
            return ALARM;
        }
        if (t.latch() != null) {
            return LATCHED;
        }
        if (s == FlowStatus.ACTIVE && t.healthState() == FlowHealth.State.DEGRADED) {
            return DEGRADED;
        }
        if (s != FlowStatus.ACTIVE && s != FlowStatus.STANDBY) {
            return TRANSIENT;
        }
        if (s == FlowStatus.ACTIVE && t.healthState() != FlowHealth.State.HEALTHY) {
            return UNVERIFIED;
        }
        if (t.statusChangedAt() != null && t.statusChangedAt().isAfter(now.minus(recent))) {
            return RECENT;
        }
        return s == FlowStatus.ACTIVE ? ACTIVE : STANDBY;
    }

    /** The wall's order: severity, then name, then connection (names may repeat across regions). */
    public static Comparator<WallTile> order(Instant now, Duration recent) {
        return Comparator.<WallTile, Severity>comparing(t -> of(t, now, recent))
                .thenComparing(WallTile::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(WallTile::connection);
    }
}

package dev.flowdeck.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alarms that stay up after the flow recovers, until someone acknowledges them: a flow that went to
 * ERROR or "no input", or left ACTIVE for anything but UPDATING (a planned stop by someone else
 * included), or disappeared while it was not STANDBY. The history of what latched is bounded.
 */
public final class AlarmLatch {
    static final int HISTORY = 200;
    public static final String ERROR = "wall.reason.error";
    public static final String NO_INPUT = "wall.reason.noInput";
    /** Already in trouble when the wall first saw the flow: the time is when the wall started, not when it began. */
    public static final String ERROR_AT_START = "wall.reason.errorAtStart";
    public static final String NO_INPUT_AT_START = "wall.reason.noInputAtStart";
    public static final String LEFT_ACTIVE = "wall.reason.leftActive";
    public static final String GONE = "wall.reason.gone";

    /**
     * Why a tile is latched (a message key and its argument, shown in the user's language), since when,
     * and how many times it alarmed since the last acknowledgement.
     */
    public record Latch(String reason, String detail, Instant since, int count) {
    }

    /** A latch as kept across restarts of the wall ({@link LatchFile}); the time in epoch milliseconds. */
    public record Saved(String key, String name, String reason, String detail, long sinceEpochMilli, int count) {
    }

    /** One latching event, for the record. */
    public record Event(String key, String name, String reason, String detail, Instant at) {
    }

    private final Map<String, Latch> latched = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** Bumped on every change of the latched set, so that it is saved only when it changed. */
    private long version;
    private final Deque<Event> history = new ArrayDeque<>();

    /** Looks at one tile's new state against its previous one; returns the latch it now carries (or null). */
    Latch observe(String key, String name, String previousStatus, FlowHealth.State previousHealth, String status,
                  FlowHealth.State health, Instant now) {
        FlowStatus was = previousStatus == null ? null : FlowStatus.of(previousStatus);
        FlowStatus is = FlowStatus.of(status);
        boolean firstSight = previousStatus == null;
        if (firstSight && latched.containsKey(key)) {
            // Latched before the wall restarted: the same alarm, not a new one (nor a second count).
            return latched.get(key);
        }
        if (is == FlowStatus.ERROR && was != FlowStatus.ERROR) {
            latch(key, name, firstSight ? ERROR_AT_START : ERROR, null, now);
        } else if (is == FlowStatus.ACTIVE && health == FlowHealth.State.NO_INPUT && previousHealth != FlowHealth.State.NO_INPUT) {
            // No verdict yet for a flow that was already ACTIVE: it may have had no input before the wall looked.
            boolean unseen = firstSight || (previousHealth == null && was == FlowStatus.ACTIVE);
            latch(key, name, unseen ? NO_INPUT_AT_START : NO_INPUT, null, now);
        } else if (was == FlowStatus.ACTIVE && is != FlowStatus.ACTIVE && is != FlowStatus.UPDATING) {
            latch(key, name, LEFT_ACTIVE, status, now);
        }
        return latched.get(key);
    }

    /** The flow is no longer listed. */
    Latch vanished(String key, String name, String lastStatus, Instant now) {
        if (FlowStatus.of(lastStatus) != FlowStatus.STANDBY) {
            latch(key, name, GONE, lastStatus, now);
        }
        return latched.get(key);
    }

    private void latch(String key, String name, String reason, String detail, Instant now) {
        version++;
        names.put(key, name);
        latched.merge(key, new Latch(reason, detail, now, 1),
                (old, fresh) -> new Latch(old.reason(), old.detail(), old.since(), old.count() + 1));
        history.addFirst(new Event(key, name, reason, detail, now));
        while (history.size() > HISTORY) {
            history.removeLast();
        }
    }

    Latch get(String key) {
        return latched.get(key);
    }

    /** Key A on the wall: every latch is cleared (nothing is sent to AWS). */
    void acknowledgeAll() {
        version++;
        latched.clear();
        names.clear();
    }

    /** Forget latches of one connection's flows that are not on the wall any more (other connections untouched). */
    void retain(String connectionPrefix, java.util.Set<String> keys) {
        if (latched.keySet().removeIf(k -> k.startsWith(connectionPrefix) && !keys.contains(k))) {
            version++;
            names.keySet().retainAll(latched.keySet());
        }
    }

    /** Latches of one connection's flows (keys starting with {@code connectionPrefix}), with the name each flow had. */
    Map<String, String> latchedNames(String connectionPrefix) {
        Map<String, String> result = new HashMap<>();
        latched.keySet().stream().filter(k -> k.startsWith(connectionPrefix)).forEach(k -> result.put(k, names.get(k)));
        return result;
    }

    public long version() {
        return version;
    }

    /** The latches still up, to keep across a restart. */
    public List<Saved> saved() {
        return latched.entrySet().stream().map(e -> new Saved(e.getKey(), names.get(e.getKey()), e.getValue().reason(),
                e.getValue().detail(), e.getValue().since().toEpochMilli(), e.getValue().count())).toList();
    }

    /** Latches from the last run come back up, as they were, until acknowledged. */
    public void restore(List<Saved> saved) {
        for (Saved s : saved) {
            if (s.key() != null && s.reason() != null) {
                latched.put(s.key(), new Latch(s.reason(), s.detail(), Instant.ofEpochMilli(s.sinceEpochMilli()), Math.max(1, s.count())));
                names.put(s.key(), s.name());
            }
        }
    }

    public int size() {
        return latched.size();
    }

    public List<Event> history() {
        return List.copyOf(history);
    }
}

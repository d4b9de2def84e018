package dev.flowdeck.ui.wall;

import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.wall.Sweep;
import dev.flowdeck.wall.WallBoard;
import dev.flowdeck.wall.WallTile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wall's state on the JavaFX thread: tiles in severity order, one banner that says why data is
 * stale, and the header (connections and their paths, last good refresh, when the sign-in lapses).
 * It offers one action, acknowledging latched alarms; nothing here can reach AWS.
 */
public final class WallViewModel {
    static final Duration CREDENTIALS_WARNING = Duration.ofHours(1);

    /** What the header says about one connection. */
    public record ConnectionState(String name, PathVerdict path, Instant lastSuccess, Instant failingSince, String failure,
                                  Instant signInExpires) {
    }

    private final Messages text;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration recent;
    private final DateTimeFormatter hms;
    private final WallBoard board = new WallBoard();
    private final ObservableList<WallTile> tiles = FXCollections.observableArrayList();
    private final Map<String, ConnectionState> connections = new LinkedHashMap<>();
    private final ObservableList<ConnectionState> connectionStates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper credentials = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastRefresh = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper latchHint = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper credentialsWarning = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    /** Per connection: why its signal health cannot be read (no permission, CloudWatch unreachable), while that lasts. */
    private final Map<String, String> healthProblems = new LinkedHashMap<>();
    /**
     * A standing notice (the settings file had problems): its own quiet line, not the red banner, which is kept
     * for data that is not fresh. Shown until the wall restarts.
     */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();

    public WallViewModel(List<String> connectionNames, Messages text, Clock clock, ZoneId zone, Duration recent) {
        this.text = text;
        this.clock = clock;
        this.zone = zone;
        this.recent = recent;
        this.hms = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        now.set(clock.instant());
        for (String name : connectionNames) {
            board.addConnection(name);
            connections.put(name, new ConnectionState(name, PathVerdict.none(), null, null, null, null));
        }
        connectionStates.setAll(connections.values());
        banner.set(text.get("wall.waiting"));
        lastRefresh.set(text.get("wall.never"));
    }

    private dev.flowdeck.wall.LatchFile latchFile;
    private java.util.concurrent.Executor latchWriter;
    private long latchesSaved;
    private java.util.Set<String> latchPrefixes = java.util.Set.of();

    /**
     * Keeps unacknowledged latches in {@code file} across restarts: those of this wall's connections come back now,
     * and every change is written by {@code writer} (off the JavaFX thread).
     */
    public void keepLatchesIn(dev.flowdeck.wall.LatchFile file, java.util.concurrent.Executor writer) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        connections.keySet().forEach(name -> prefixes.add(name + "|"));
        board.latches().restore(file.load().stream().filter(l -> dev.flowdeck.wall.LatchFile.ofAny(l, prefixes)).toList());
        latchPrefixes = java.util.Set.copyOf(prefixes);
        latchFile = file;
        latchWriter = writer;
        latchesSaved = board.latches().version();
    }

    private void saveLatchesIfChanged() {
        if (latchFile != null && board.latches().version() != latchesSaved) {
            latchesSaved = board.latches().version();
            List<dev.flowdeck.wall.AlarmLatch.Saved> snapshot = board.latches().saved();
            dev.flowdeck.wall.LatchFile file = latchFile;
            java.util.Set<String> mine = latchPrefixes;
            // Another wall on this machine (other connections, another screen) keeps its latches in the same file.
            latchWriter.execute(() -> file.replace(mine, snapshot));
        }
    }

    /** One connection's sweep, on the JavaFX thread. */
    public void apply(Sweep sweep) {
        ConnectionState was = connections.get(sweep.connection());
        ConnectionState state = sweep.ok()
                ? new ConnectionState(sweep.connection(), sweep.path(), sweep.at(), null, null, sweep.credentialsExpire())
                : new ConnectionState(sweep.connection(), sweep.path(), was == null ? null : was.lastSuccess(),
                        was == null || was.failingSince() == null ? sweep.at() : was.failingSince(), sweep.failure(),
                        was == null ? null : was.signInExpires());
        connections.put(sweep.connection(), state);
        connectionStates.setAll(connections.values());
        if (sweep.ok() && !sweep.health().isEmpty()) {
            // One failed GetMetricData makes every running flow "unknown" for the same reason: say it once, above the tiles.
            sweep.health().values().stream()
                    .filter(h -> h.state() == dev.flowdeck.domain.FlowHealth.State.UNKNOWN && h.reasonKey() != null
                            && !h.reasonKey().equals("health.reason.noData"))
                    .findFirst()
                    .ifPresentOrElse(h -> healthProblems.put(sweep.connection(), dev.flowdeck.ui.common.HealthText.reason(h, text)),
                            () -> healthProblems.remove(sweep.connection()));
        }
        board.apply(sweep);
        saveLatchesIfChanged();
        refreshView();
    }

    /** Key A: clears latched marks (and tiles of flows that are gone). The wall stays read-only towards AWS. */
    public void acknowledgeAll() {
        board.acknowledgeAll();
        saveLatchesIfChanged();
        refreshView();
    }

    /** Once a second: the clock, ages, sign-in countdown, and "recently changed" windows that ran out. */
    public void tick() {
        now.set(clock.instant());
        refreshView();
    }

    private void refreshView() {
        Instant at = clock.instant();
        List<WallTile> ordered = board.tiles(at, recent);
        if (!ordered.equals(tiles)) {
            tiles.setAll(ordered);
        }
        long latched = ordered.stream().filter(t -> t.latch() != null).count();
        latchHint.set(latched == 0 ? "" : text.format("wall.acknowledgeHint", latched));
        List<String> problems = new ArrayList<>();
        ConnectionState oldest = null;
        Instant soonest = null;
        for (ConnectionState c : connections.values()) {
            if (c.failure() != null) {
                problems.add(c.lastSuccess() == null
                        ? text.format("wall.banner.failingNoData", c.name(), hms.format(c.failingSince()), c.failure())
                        : text.format("wall.banner.failing", c.name(), hms.format(c.failingSince()), c.failure(), hms.format(c.lastSuccess())));
            }
            // The header must not look fresh because one connection is: it shows the stalest data on the wall.
            if (c.lastSuccess() != null && (oldest == null || c.lastSuccess().isBefore(oldest.lastSuccess()))) {
                oldest = c;
            }
            if (c.signInExpires() != null && (soonest == null || c.signInExpires().isBefore(soonest))) {
                soonest = c.signInExpires();
            }
        }
        healthProblems.forEach((connection, why) -> problems.add(text.format("wall.banner.health", connection, why)));
        boolean waiting = connections.values().stream().allMatch(c -> c.lastSuccess() == null && c.failure() == null);
        banner.set(waiting ? text.get("wall.waiting") : problems.isEmpty() ? null : String.join("\n", problems));
        lastRefresh.set(oldest == null ? text.get("wall.never") : connections.size() == 1 ? hms.format(oldest.lastSuccess())
                : text.format("wall.lastRefreshOf", hms.format(oldest.lastSuccess()), oldest.name()));
        if (soonest == null) {
            credentials.set(text.get("wall.credentials.longLived"));
            credentialsWarning.set(false);
        } else {
            Duration left = Duration.between(at, soonest);
            credentials.set(left.isNegative() ? text.format("wall.credentials.expired", hms.format(soonest))
                    : text.format("wall.credentials.expire", hms.format(soonest), Math.max(0, left.toMinutes())));
            credentialsWarning.set(left.compareTo(CREDENTIALS_WARNING) < 0);
        }
    }

    /** Shows {@code text} in the banner for as long as the wall runs (null: none). */
    public void setNotice(String text) {
        notice.set(text);
        refreshView();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True once every connection has answered at least once, well or not. */
    public boolean allReported() {
        return connections.values().stream().allMatch(c -> c.lastSuccess() != null || c.failure() != null);
    }

    /** Connections whose last refresh failed, with why (for --smoke). */
    public List<String> failures() {
        return connections.values().stream().filter(c -> c.failure() != null).map(c -> c.name() + ": " + c.failure()).toList();
    }

    public String time(Instant instant) {
        return instant == null ? "—" : hms.format(instant);
    }

    public ZoneId zone() {
        return zone;
    }

    public Messages text() {
        return text;
    }

    public ObservableList<WallTile> tiles() {
        return tiles;
    }

    public ObservableList<ConnectionState> connectionStates() {
        return connectionStates;
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty credentialsProperty() {
        return credentials.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty credentialsWarningProperty() {
        return credentialsWarning.getReadOnlyProperty();
    }

    /** "✱ 3 latched · press A to acknowledge", or empty. */
    public ReadOnlyStringProperty latchHintProperty() {
        return latchHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public Duration recent() {
        return recent;
    }

    public WallBoard board() {
        return board;
    }
}

package dev.flowdeck.ui.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.ui.common.HealthText;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.wall.Severity;
import dev.flowdeck.wall.WallTile;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.layout.VBox;

/**
 * One flow on the wall, readable across the room: a big status word with a shape in front, the
 * name, health, where it runs, bitrate and how old the data is. Severity, staleness and latch are
 * style classes (colour) and words/shapes (grey scale); stale tiles are desaturated and say so.
 */
final class TileView extends VBox {
    private final Label age = new Label();
    private final WallTile tile;
    private final Messages text;
    private final WallViewModel model;

    /** {@code nameConnection}: the same flow name stands more than once on the wall, so the tile says which connection. */
    TileView(WallTile t, Severity severity, Messages text, WallViewModel model, boolean nameConnection) {
        getStyleClass().addAll("wall-tile", "severity-" + severity.name().toLowerCase(Locale.ROOT));
        setId("tile-" + t.name());
        Label shape = new Label(glyph(severity));
        shape.getStyleClass().add("tile-shape");
        Label word = new Label(bigWord(t, text));
        word.getStyleClass().add("tile-status");
        word.setId("status-" + t.name());
        javafx.scene.layout.HBox status = new javafx.scene.layout.HBox(shape, word);
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.getStyleClass().add("tile-status-row");
        Label name = new Label(t.name());
        name.getStyleClass().add("tile-name");
        Label health = new Label(healthLine(t, text) + (t.bitrate() == null || t.statusKind() != dev.flowdeck.domain.FlowStatus.ACTIVE
                || activeWithoutInput(t)
                ? "" : String.format(text.locale(), " · %.1f Mb/s", t.bitrate() / 1_000_000)));
        health.getStyleClass().add("tile-health");
        // The zone names its region (ap-northeast-1a); the region alone when the zone is not known.
        // Two connections to one account ("Tokyo via DX", "Tokyo via VPN") show the same flow twice: name the connection.
        String connection = nameConnection ? t.connection() + " · " : "";
        Label where = new Label(connection + (t.availabilityZone() == null || t.availabilityZone().isBlank() ? t.region() : t.availabilityZone())
                + " · " + orDash(t.protocol()));
        where.getStyleClass().add("tile-where");
        age.getStyleClass().add("tile-age");
        getChildren().addAll(status, name, health, where, age);
        if (t.latch() != null) {
            String why = text.format(t.latch().reason(), t.latch().detail());
            Label latch = new Label(text.format("wall.latched", model.time(t.latch().since()), why, t.latch().count()));
            latch.setId("latch-" + t.name());
            // The time comes first: on a narrow tile only the end of the reason is cut off.
            latch.getStyleClass().add("tile-latch");
            getChildren().add(latch);
            getStyleClass().add("latched");
        }
        if (t.stale()) {
            getStyleClass().add("stale");
            // Old data must not look fresh: dimmed, dashed, and the words say so. Calm tiles lose their colour
            // (a grey ACTIVE cannot pass for a live green one); alarms keep some of theirs, so the room still
            // sees which flows were in trouble when the data stopped.
            boolean attention = severity == Severity.ALARM || severity == Severity.LATCHED || severity == Severity.DEGRADED;
            setEffect(new ColorAdjust(0, attention ? -0.55 : -1, -0.3, 0));
        }
        this.tile = t;
        this.text = text;
        this.model = model;
        showAge(model.nowProperty().get());
    }

    /** Called by the wall once a second; a plain call rather than a binding, so a replaced tile holds nothing. */
    void showAge(Instant now) {
        age.setText(ageText(tile, now, text, model));
    }

    static String glyph(Severity s) {
        return switch (s) {
            case ALARM -> "▲";
            case LATCHED -> "✱";
            case DEGRADED -> "◆";
            case TRANSIENT -> "◐";
            case UNVERIFIED -> "◌";
            case RECENT -> "◇";
            case ACTIVE -> "●";
            case STANDBY -> "■";
        };
    }

    /**
     * The word read across the room. An ACTIVE flow with no input shows the alarm, not "ACTIVE": from a
     * distance the biggest word is all that is read. Its status stays in the health line below.
     */
    static String bigWord(WallTile t, Messages text) {
        if (t.gone()) {
            return text.get("wall.gone");
        }
        if (activeWithoutInput(t)) {
            return text.get("health.noInput");
        }
        return t.status();
    }

    private static boolean activeWithoutInput(WallTile t) {
        return t.statusKind() == dev.flowdeck.domain.FlowStatus.ACTIVE && t.healthState() == FlowHealth.State.NO_INPUT;
    }

    private static String healthLine(WallTile t, Messages text) {
        if (activeWithoutInput(t)) {
            // The tile is narrow: the wall's own short words for why ("source down 2 min"), not the desktop's sentence.
            FlowHealth h = t.health();
            String why = switch (String.valueOf(h.reasonKey())) {
                case "health.reason.notConnected" -> text.format("wall.health.reason.notConnected", h.reasonArgs().toArray());
                case "health.reason.noBits" -> text.format("wall.health.reason.noBits", h.reasonArgs().toArray());
                default -> HealthText.reason(h, text);
            };
            return text.format("wall.activeNoInput", t.status(), why);
        }
        return healthText(t, text);
    }

    private static String healthText(WallTile t, Messages text) {
        FlowHealth h = t.health();
        if (h == null) {
            return text.get("wall.healthPending");
        }
        if (h.state() == FlowHealth.State.UNKNOWN) {
            return text.get("wall.healthUnknown");
        }
        String words = HealthText.of(h, text);
        return h.state() == FlowHealth.State.NOT_RUNNING ? text.get("wall.notRunning") : words;
    }

    private static String ageText(WallTile t, Instant now, Messages text, WallViewModel model) {
        if (t.stale()) {
            return text.format("wall.staleAsOf", model.time(t.asOf()));
        }
        long seconds = Math.max(0, Duration.between(t.asOf(), now).toSeconds());
        return text.format("wall.asOf", model.time(t.asOf()), seconds);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}

package dev.flowdeck.ui.wall;

import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.wall.Severity;
import dev.flowdeck.wall.Sweep;
import dev.flowdeck.wall.WallTile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The wall: a header (connections with their path, clock in local time and UTC, last good refresh,
 * sign-in expiry, page), one banner when data is stale, and the tiles of the current page. Sized
 * from the screen: {@link #rootFontSize} makes the status word 48 px tall on a 1080-line screen.
 * The whole wall drifts a few pixels now and then against burn-in. No control here changes anything.
 */
public final class WallView extends BorderPane {
    /** The narrowest tile in em of the root font: "▲ STOPPING" fits at the status word's size. Tiles widen to fill the screen. */
    static final double TILE_MIN_WIDTH_EM = 22;
    static final double TILE_HEIGHT_EM = 11.8;
    static final double GAP_EM = 0.6;
    /** Burn-in guard: the wall's offset walks this orbit, one step a minute (pixels). */
    static final double[][] ORBIT = {{0, 0}, {2, 0}, {4, 1}, {4, 3}, {2, 4}, {0, 4}, {-2, 3}, {-2, 1}};

    private final WallViewModel model;
    private final Messages text;
    private final double em;
    private final TilePane tilesPane = new TilePane();
    private final Label banner = new Label();
    private final Label clock = new Label();
    private final Label page = new Label();
    private final FlowPane connections = new FlowPane();
    private int pageIndex;
    private int shiftStep;
    private final Timeline ticks;
    private final Timeline pages;
    private final Timeline shift;
    private final DateTimeFormatter local;
    /** Local time is UTC (UTC, Etc/UTC, GMT…): the clock shows it once. */
    private final boolean localIsUtc;
    private final DateTimeFormatter utc = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public WallView(WallViewModel model, double screenHeight, int pageSeconds) {
        this.model = model;
        this.text = model.text();
        this.em = rootFontSize(screenHeight);
        this.localIsUtc = ZoneOffset.UTC.equals(model.zone().normalized());
        this.local = DateTimeFormatter.ofPattern("HH:mm:ss zzz", model.text().locale()).withZone(model.zone());
        setId("wall");
        getStyleClass().add("wall");
        setStyle("-fx-font-size: " + em + "px;");
        fullWidthLine(banner, "wallBanner", "wall-banner", model.bannerProperty());
        setTop(new VBox(header(), banner, fullWidthLine(new Label(), "wallNotice", "wall-notice", model.noticeProperty())));
        tilesPane.setId("wallTiles");
        tilesPane.setHgap(GAP_EM * em);
        tilesPane.setVgap(GAP_EM * em);
        tilesPane.setPrefTileWidth(TILE_MIN_WIDTH_EM * em);
        tilesPane.setPrefTileHeight(TILE_HEIGHT_EM * em);
        tilesPane.setTileAlignment(Pos.TOP_LEFT);
        tilesPane.setPadding(new Insets(GAP_EM * em));
        setCenter(tilesPane);
        model.tiles().subscribe(this::render);
        // The banner coming or going changes how many rows fit: lay the page out again at once, not at the next page turn.
        model.bannerProperty().subscribe(b -> render());
        model.noticeProperty().subscribe(n -> render());
        widthProperty().subscribe(w -> render());
        heightProperty().subscribe(h -> render());

        ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        pages = new Timeline(new KeyFrame(Duration.seconds(pageSeconds), e -> nextPage()));
        pages.setCycleCount(Animation.INDEFINITE);
        shift = new Timeline(new KeyFrame(Duration.minutes(1), e -> shiftStep()));
        shift.setCycleCount(Animation.INDEFINITE);
        tick();
    }

    /** A line across the wall under the header that shows {@code value} and takes no room while it is null. */
    private static Label fullWidthLine(Label line, String id, String styleClass, javafx.beans.value.ObservableStringValue value) {
        line.setId(id);
        line.getStyleClass().add(styleClass);
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.textProperty().bind(value);
        line.visibleProperty().bind(javafx.beans.binding.Bindings.isNotNull(value));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** The root font size for a screen: 16 px at 1080 lines, in proportion elsewhere (never below 10 px). */
    public static double rootFontSize(double screenHeight) {
        return Math.max(10, Math.round(screenHeight / 1080 * 16 * 10) / 10.0);
    }

    public void play() {
        ticks.play();
        pages.play();
        shift.play();
    }

    public void stop() {
        ticks.stop();
        pages.stop();
        shift.stop();
    }

    private VBox header() {
        Label title = new Label(text.get("wall.title"));
        title.getStyleClass().add("wall-title");
        connections.setId("wallConnections");
        connections.setHgap(em);
        model.connectionStates().subscribe(this::showConnections);
        clock.setId("wallClock");
        clock.getStyleClass().add("wall-clock");
        Label refreshed = new Label();
        refreshed.setId("wallLastRefresh");
        refreshed.textProperty().bind(model.lastRefreshProperty().map(t -> text.format("wall.lastRefresh", t)));
        Label credentials = new Label();
        credentials.setId("wallCredentials");
        credentials.textProperty().bind(model.credentialsProperty());
        model.credentialsWarningProperty().subscribe(warn -> {
            credentials.getStyleClass().remove("wall-warning");
            if (warn) {
                credentials.getStyleClass().add("wall-warning");
            }
        });
        page.setId("wallPage");
        Label latches = new Label();
        latches.setId("wallLatchHint");
        latches.getStyleClass().add("wall-warning");
        latches.textProperty().bind(model.latchHintProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Two rows, so that nothing overlaps whatever the connection names: title, connections and clock; then the
        // latch hint on the left and the refresh, sign-in and page on the right.
        title.setMinWidth(Region.USE_PREF_SIZE);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        connections.setMinWidth(0);
        connections.setPrefWrapLength(60 * em);
        HBox.setHgrow(connections, Priority.SOMETIMES);
        HBox top = new HBox(em, title, connections, spacer, clock);
        top.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Label l : List.of(refreshed, credentials, page)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        latches.setMinWidth(0);
        HBox status = new HBox(em, latches, gap, refreshed, credentials, page);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(0.2 * em, top, status);
        header.setId("wallHeader");
        header.getStyleClass().add("wall-header");
        return header;
    }

    private void showConnections() {
        connections.getChildren().clear();
        for (WallViewModel.ConnectionState c : model.connectionStates()) {
            PathVerdict.Kind kind = c.path().kind();
            boolean down = c.failure() != null && kind == PathVerdict.Kind.NONE;
            String path = down ? text.get(Sweep.SIGNED_OUT.equals(c.path().label()) ? "wall.path.signedOut" : "wall.path.unreachable")
                    : kind == PathVerdict.Kind.NONE ? "…" : c.path().label();
            Label badge = new Label(c.name() + "  ·  " + path);
            badge.getStyleClass().addAll("wall-connection", "path-" + kind.name().toLowerCase(Locale.ROOT));
            if (c.failure() != null) {
                badge.getStyleClass().add("wall-connection-failing");
            }
            connections.getChildren().add(badge);
        }
    }

    private void tick() {
        model.tick();
        Instant now = model.nowProperty().get();
        clock.setText(localIsUtc ? utc.format(now) : local.format(now) + "  ·  " + utc.format(now));
        tilesPane.getChildren().forEach(n -> ((TileView) n).showAge(now));
    }

    private void nextPage() {
        pageIndex++;
        render();
    }

    /** Moves the wall one step along its orbit (a minute's step; public for the burn-in check). */
    public void shiftStep() {
        shiftStep = (shiftStep + 1) % ORBIT.length;
        setTranslateX(ORBIT[shiftStep][0]);
        setTranslateY(ORBIT[shiftStep][1]);
    }

    private int columns = 1;

    /** How many tiles fit on one page of the current size (at least one); widens the tiles to use the whole width. */
    int tilesPerPage() {
        double width = getWidth() > 0 ? getWidth() : 1280;
        double height = (getHeight() > 0 ? getHeight() : 800) - (getTop() == null ? 0 : getTop().prefHeight(width));
        double gap = GAP_EM * em;
        columns = Math.max(1, (int) ((width - gap) / (TILE_MIN_WIDTH_EM * em + gap)));
        tilesPane.setPrefTileWidth(Math.floor((width - gap * (columns + 1)) / columns));
        tilesPane.setPrefColumns(columns);
        int rows = Math.max(1, (int) ((height - gap) / (TILE_HEIGHT_EM * em + gap)));
        return columns * rows;
    }

    private void render() {
        List<WallTile> all = model.tiles();
        int perPage = tilesPerPage();
        Instant now = model.nowProperty().get();
        List<WallTile> shown;
        int pageCount = 1;
        if (all.size() <= perPage) {
            shown = all;
        } else {
            // Tiles that need attention stay on every page; only the calm ones cycle. A page of STANDBY tiles
            // must never be all the room sees while a flow is in ERROR.
            List<WallTile> pinned = all.stream().filter(t -> needsAttention(t, now)).limit(Math.max(0, perPage - 1)).toList();
            List<WallTile> rest = all.subList(pinned.size(), all.size());
            int slots = perPage - pinned.size();
            pageCount = Math.max(1, (rest.size() + slots - 1) / slots);
            pageIndex = pageIndex % pageCount;
            shown = new java.util.ArrayList<>(pinned);
            shown.addAll(rest.subList(Math.min(rest.size(), pageIndex * slots), Math.min(rest.size(), (pageIndex + 1) * slots)));
        }
        pageIndex = pageIndex % pageCount;
        page.setText(pageCount > 1 ? text.format("wall.page", pageIndex + 1, pageCount) : "");
        java.util.Map<String, Long> sameName = all.stream().collect(java.util.stream.Collectors.groupingBy(WallTile::name,
                java.util.stream.Collectors.counting()));
        tilesPane.getChildren().setAll(shown.stream().map(t -> new TileView(t, Severity.of(t, now, model.recent()), text, model,
                sameName.get(t.name()) > 1)).toList());
    }

    private boolean needsAttention(WallTile t, Instant now) {
        Severity s = Severity.of(t, now, model.recent());
        return s == Severity.ALARM || s == Severity.LATCHED || s == Severity.DEGRADED;
    }

    public int pageIndex() {
        return pageIndex;
    }
}

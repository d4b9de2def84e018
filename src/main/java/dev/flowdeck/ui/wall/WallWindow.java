package dev.flowdeck.ui.wall;

import dev.flowdeck.app.Milestones;
import dev.flowdeck.app.WallSource;
import dev.flowdeck.settings.HealthSettings;
import dev.flowdeck.settings.WallSettings;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.wall.WallFeed;
import dev.flowdeck.wall.WallScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The wall's stage: full screen on the chosen monitor, no chrome, no cursor, dark. Ctrl+Q leaves,
 * Esc does not; A acknowledges latched alarms. The connections are built while the stage shows.
 */
public final class WallWindow {
    private final Messages text;
    private final Milestones milestones;
    private final boolean smoke;
    private final IntConsumer exit;
    private WallScheduler scheduler;
    private WallView view;
    private WallViewModel model;

    public WallWindow(Messages text, Milestones milestones, boolean smoke, IntConsumer exit) {
        this.text = text;
        this.milestones = milestones;
        this.smoke = smoke;
        this.exit = exit;
    }

    /** The screen to use: {@code number} counted from 1, or the primary screen (with a note when there is no such screen). */
    static Screen screen(Integer number, List<Screen> screens, Screen primary) {
        if (number == null) {
            return primary;
        }
        if (number > screens.size()) {
            System.err.println("flowdeck: there is no screen " + number + " (this machine has " + screens.size()
                    + "); the wall uses the primary screen");
            return primary;
        }
        return screens.get(number - 1);
    }

    private String notice;
    /** Set when the wall leaves on purpose (Ctrl+Q, the smoke run): its window closing then is expected. */
    private volatile boolean leaving;
    private java.nio.file.Path latchFolder;
    private final java.util.concurrent.ExecutorService latchWriter = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flowdeck-wall-latches");
        t.setDaemon(true);
        return t;
    });

    /** Where unacknowledged latches are kept across restarts (the settings folder); null: not kept. */
    public void keepLatchesIn(java.nio.file.Path folder) {
        latchFolder = folder;
    }

    /** A problem to show in the banner from the start (the settings file could not be read as a whole). */
    public void setNotice(String problem) {
        notice = problem;
        if (problem != null) {
            System.err.println("flowdeck: " + problem);
        }
    }

    public void start(Stage stage, Integer screenNumber, java.util.concurrent.CompletableFuture<List<WallSource>> sources,
                      HealthSettings health, WallSettings wall) {
        Rectangle2D bounds = screen(screenNumber, Screen.getScreens(), Screen.getPrimary()).getBounds();
        Label connecting = new Label(text.get("wall.connecting"));
        connecting.getStyleClass().add("wall-connecting");
        StackPane root = new StackPane(connecting);
        root.getStyleClass().add("wall");
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight(), Color.web("#0b0f14"));
        scene.getStylesheets().add(WallWindow.class.getResource("/dev/flowdeck/ui/wall.css").toExternalForm());
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setTitle(text.get("wall.title"));
        dev.flowdeck.ui.common.WindowIcons.apply(stage);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        // Ctrl+Q only: a window manager's close (Alt+F4, a stray click) must not leave a kiosk's screen dark, and
        // the kiosk script reads exit status 0 as "left on purpose".
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.show();
        // If the window is destroyed all the same (a kill of the X window), a wall without a window must not live on:
        // exit non-zero, so the kiosk script starts it again.
        stage.showingProperty().subscribe(showing -> {
            if (!showing && !leaving) {
                System.err.println("flowdeck: the wall's window went away; exiting so that it can be started again");
                exit.accept(3);
            }
        });
        // After show(): full screen before it throws under Monocle.
        stage.setFullScreen(true);
        milestones.windowShown();

        sources.whenComplete((list, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                String why = text.format("wall.cannotConnect", String.valueOf(cause.getMessage()));
                connecting.setText(why);
                connecting.setWrapText(true);
                connecting.getStyleClass().add("wall-cannot-start");
                // The screen says why to the room; the kiosk's log (stderr) says it to whoever sets it up.
                System.err.println("flowdeck: " + why);
                if (smoke) {
                    System.err.println("smoke failed: " + cause.getMessage());
                    leaving = true;
                    exit.accept(1);
                }
                // Otherwise the message stays up (a dark kiosk screen would say nothing) until Ctrl+Q.
                return;
            }
            milestones.clientReady();
            show(scene, bounds, list, health, wall);
        }));
    }

    private void show(Scene scene, Rectangle2D bounds, List<WallSource> list, HealthSettings health, WallSettings wall) {
        Clock clock = Clock.systemUTC();
        model = new WallViewModel(list.stream().map(s -> s.services().connection().name()).toList(), text, clock,
                ZoneId.systemDefault(), Duration.ofMinutes(wall.recentMinutes()));
        view = new WallView(model, bounds.getHeight(), wall.pageSeconds());
        scene.setRoot(view);
        view.play();
        List<WallFeed> feeds = list.stream().map(s -> s.feed(health.rules(), Duration.ofSeconds(health.intervalSeconds()), clock)).toList();
        if (notice != null) {
            model.setNotice(notice);
        }
        if (latchFolder != null && list.stream().noneMatch(s -> s.services().demo() != null)) {
            // The demo starts fresh every time; a real wall keeps what nobody has acknowledged yet.
            model.keepLatchesIn(new dev.flowdeck.wall.LatchFile(latchFolder.resolve("wall-latches.json")), latchWriter);
        }
        scheduler = new WallScheduler(feeds, Duration.ofSeconds(wall.refreshSeconds()), sweep -> Platform.runLater(() -> {
            model.apply(sweep);
            if (smoke && model.allReported()) {
                smokeAfterPaint(scene);
            }
        }));
    }

    private boolean smokeArmed;

    /** --smoke: after every connection reported once, let the tiles paint, print one JSON line and leave. */
    private void smokeAfterPaint(Scene scene) {
        if (smokeArmed) {
            return;
        }
        smokeArmed = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                milestones.firstFlowsPainted();
                System.out.println(smokeJson(model, Milestones.sinceJvmStart()));
                System.out.flush();
                // A wall that could not read a connection has failed its smoke, whatever it painted.
                model.failures().forEach(f -> System.err.println("smoke: " + f));
                if (model.tiles().isEmpty()) {
                    System.err.println("smoke: no tiles");
                }
                leaving = true;
                exit.accept(model.tiles().isEmpty() || !model.failures().isEmpty() ? 1 : 0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    static String smokeJson(WallViewModel model, long firstPaintMs) {
        StringBuilder order = new StringBuilder();
        for (var t : model.tiles()) {
            order.append(order.isEmpty() ? "" : ",").append('"').append(t.name().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return "{\"mode\":\"wall\",\"tiles\":" + model.tiles().size() + ",\"order\":[" + order + "],\"firstPaintMs\":" + firstPaintMs + "}";
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.Q && e.isShortcutDown()) {
            e.consume();
            leaving = true;
            exit.accept(0);
        } else if (e.getCode() == KeyCode.A && !e.isShortcutDown() && model != null) {
            e.consume();
            model.acknowledgeAll();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            // A wall is left with Ctrl+Q only: a stray Esc must not drop it out of full screen.
            e.consume();
        }
    }

    public void close() {
        latchWriter.shutdown();
        if (scheduler != null) {
            scheduler.close();
        }
        if (view != null) {
            view.stop();
        }
    }
}

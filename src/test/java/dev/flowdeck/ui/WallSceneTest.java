package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.mock.Fault;
import dev.flowdeck.support.NodePng;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.support.WallRig;
import dev.flowdeck.ui.wall.WallView;
import dev.flowdeck.ui.wall.WallViewModel;
import dev.flowdeck.wall.WallTile;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The NOC wall as a real scene at 1920×1080 against the demo's two regions, refreshed sweep by sweep. */
@ExtendWith(ApplicationExtension.class)
class WallSceneTest {
    private WallRig rig;
    private WallViewModel model;
    private WallView view;

    @Start
    void start(Stage stage) throws Exception {
        rig = new WallRig(Clock.systemUTC(), Duration.ofSeconds(60));
        model = new WallViewModel(rig.names(), TestConnections.messages(), Clock.systemUTC(), ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(10));
        view = new WallView(model, 1080, 10);
        Scene scene = new Scene(view, 1920, 1080);
        scene.getStylesheets().add(WallView.class.getResource("/dev/flowdeck/ui/wall.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.A) {
                model.acknowledgeAll();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void tilesComeInSeverityOrderFromBothRegions(FxRobot robot) throws Exception {
        refresh(robot);

        List<String> order = model.tiles().stream().map(WallTile::name).toList();
        assertEquals(30, order.size(), "26 Tokyo flows and 4 in N. Virginia on one wall");
        assertEquals(List.of("airport-cam-srt", "press-room-rist", "weather-cam-srt"), order.subList(0, 3),
                "ACTIVE with no input and the two ERROR flows first, by name");
        assertEquals("sports-rist-main", order.get(3), "then degraded");
        assertTrue(order.indexOf("baseball-srt-1") < order.indexOf("election-night-srt"), "ACTIVE before STANDBY");
        assertTrue(model.tiles().stream().anyMatch(t -> t.region().equals("us-east-1")));
        Label status = robot.lookup("#status-airport-cam-srt").queryAs(Label.class);
        assertEquals("NO INPUT", status.getText(), "from across the room the biggest word is the alarm, not 'ACTIVE'");
        assertTrue(robot.lookup("#tile-airport-cam-srt .tile-health").queryAs(Label.class).getText().startsWith("ACTIVE · source down"),
                "the service's status is still there, with why");
        assertTrue(status.getFont().getSize() >= 48 && status.getHeight() >= 48, "readable across the room: " + status.getFont());
        Node first = robot.lookup("#wallTiles").queryAs(TilePane.class).getChildren().get(0);
        assertEquals("tile-airport-cam-srt", first.getId(), "the first tile on screen is the worst one");
        assertTrue(first.getStyleClass().contains("severity-alarm"));
        assertEquals(2, robot.lookup(".wall-connection").queryAll().size(), "both connections in the header");
        shot(robot, "wall-healthy-demo.png");
    }

    @Test
    void anErrorLatchesAndStaysMarkedUntilAcknowledged(FxRobot robot) throws Exception {
        refresh(robot);
        String arn = arnOf("baseball-srt-1");
        rig.demo().backend().store().forceStatus(arn, "ERROR");
        refresh(robot);
        assertEquals("baseball-srt-1", model.tiles().get(0).name().equals("baseball-srt-1") ? "baseball-srt-1"
                : model.tiles().stream().filter(t -> t.statusKind() == dev.flowdeck.domain.FlowStatus.ERROR)
                .map(WallTile::name).filter("baseball-srt-1"::equals).findFirst().orElse("missing"));

        rig.demo().backend().store().forceStatus(arn, "ACTIVE");
        refresh(robot);
        Label latch = robot.lookup("#latch-baseball-srt-1").queryAs(Label.class);
        assertTrue(latch.getText().contains("went to ERROR"), latch.getText());
        assertTrue(robot.lookup("#tile-baseball-srt-1").query().getStyleClass().contains("severity-latched"),
                "recovered but still marked, above every healthy flow");
        assertTrue(robot.lookup("#wallLatchHint").queryAs(Label.class).getText().contains("press A"));
        shot(robot, "wall-latched-demo.png");

        robot.press(KeyCode.A).release(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#latch-baseball-srt-1").tryQuery().isPresent(), "acknowledged");
        assertEquals(0, rig.demo().backend().requests().count("StartFlow") + rig.demo().backend().requests().count("StopFlow"),
                "acknowledging sends nothing to AWS");
    }

    @Test
    void duringAnOutageTilesKeepTheirDataMarkedStaleThenRecover(FxRobot robot) throws Exception {
        refresh(robot);
        rig.demo().backend().faults().arm("ListFlows", Fault.drop(-1));
        refresh(robot);

        WallTile tokyo = model.tiles().stream().filter(t -> t.region().equals("ap-northeast-1")).findFirst().orElseThrow();
        assertTrue(tokyo.stale(), "kept, marked stale");
        assertTrue(model.tiles().stream().filter(t -> t.region().equals("ap-northeast-1")).allMatch(WallTile::stale));
        assertTrue(model.tiles().stream().filter(t -> t.region().equals("us-east-1")).noneMatch(WallTile::stale), "the other region is fine");
        assertEquals(0, model.tiles().stream().filter(t -> t.statusKind() == dev.flowdeck.domain.FlowStatus.ERROR).count() - 2,
                "a failed refresh never turns flows into ERROR");
        Label banner = robot.lookup("#wallBanner").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getText().contains("refresh failing since"), banner.getText());
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null && l.getText().startsWith("STALE · as of")).tryQuery().isPresent());

        rig.demo().backend().faults().clear();
        refresh(robot);
        assertTrue(model.tiles().stream().noneMatch(WallTile::stale), "fresh again without a restart");
        assertFalse(banner.isVisible());
    }

    @Test
    void theWallOffersNothingThatCanChangeAFlow(FxRobot robot) throws Exception {
        refresh(robot);
        for (KeyCode key : List.of(KeyCode.ENTER, KeyCode.SPACE, KeyCode.DELETE, KeyCode.S, KeyCode.ESCAPE, KeyCode.A)) {
            robot.press(key).release(key);
        }
        robot.clickOn("#tile-airport-cam-srt");
        refresh(robot);

        assertTrue(robot.lookup((Node n) -> n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase)
                .queryAll().isEmpty(), "no button, field or menu anywhere on the wall");
        assertEquals(0, rig.demo().backend().requests().entries().stream()
                .filter(e -> !e.method().equals("GET") && !e.operation().equals("GetMetricData")).count(),
                "only reads reached the backend: " + rig.demo().backend().requests().entries().stream().map(e -> e.operation()).distinct().toList());
    }

    @Test
    void aWindowCloseRequestDoesNotEndTheWall(FxRobot robot) {
        int[] exitCode = {-1};
        Stage[] wallStage = new Stage[1];
        robot.interact(() -> {
            wallStage[0] = new Stage();
            new dev.flowdeck.ui.wall.WallWindow(TestConnections.messages(), new dev.flowdeck.app.Milestones(), false, code -> exitCode[0] = code)
                    .start(wallStage[0], null, java.util.concurrent.CompletableFuture.failedFuture(
                            new dev.flowdeck.app.Options.UsageException("no connection named 'noc'")),
                            dev.flowdeck.settings.HealthSettings.defaults(), dev.flowdeck.settings.WallSettings.defaults());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> wallStage[0].fireEvent(new javafx.stage.WindowEvent(wallStage[0], javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(wallStage[0].isShowing(), "Alt+F4 or a stray close must not leave a kiosk screen dark");
        assertEquals(-1, exitCode[0], "and the wall did not exit (exit 0 would stop the kiosk script)");
        assertTrue(robot.from(wallStage[0].getScene().getRoot()).lookup((Node n) -> n instanceof Label l
                && l.getText().contains("no connection named 'noc'")).tryQuery().isPresent(), "why it cannot start stays on screen");
        robot.interact(wallStage[0]::hide);
        assertEquals(3, exitCode[0], "a wall whose window was destroyed anyway exits non-zero, so that the kiosk starts it again");
    }

    @Test
    void theSameFlowThroughTwoConnectionsSaysWhichIsWhich(FxRobot robot) {
        WallViewModel two = new WallViewModel(List.of("Tokyo via DX", "Tokyo via VPN"), TestConnections.messages(), Clock.systemUTC(),
                ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(10));
        String arn = "arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-AbCd-EfGh:airport-cam-srt";
        var flow = new dev.flowdeck.domain.FlowSummary(arn, "airport-cam-srt", "STANDBY", "OWNED", "ap-northeast-1a", "");
        var other = new dev.flowdeck.domain.FlowSummary(arn + "2", "only-once", "STANDBY", "OWNED", "ap-northeast-1a", "");
        robot.interact(() -> {
            for (String connection : List.of("Tokyo via DX", "Tokyo via VPN")) {
                two.apply(new dev.flowdeck.wall.Sweep(connection, java.time.Instant.now(), connection.endsWith("DX") ? List.of(flow, other)
                        : List.of(flow), java.util.Map.of(), java.util.Map.of(), dev.flowdeck.domain.PathVerdict.none(), null, null, false));
            }
            view.getScene().setRoot(new WallView(two, 1080, 10));
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> wheres = robot.lookup(".tile-where").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(2, wheres.stream().filter(w -> w.startsWith("Tokyo via DX · ") || w.startsWith("Tokyo via VPN · ")).count(), wheres.toString());
        assertTrue(wheres.stream().anyMatch(w -> w.startsWith("ap-northeast-1a")), "a name that stands once needs no connection: " + wheres);
    }

    @Test
    void theWallDriftsAgainstBurnIn(FxRobot robot) {
        double x = view.getTranslateX();
        double y = view.getTranslateY();
        robot.interact(view::shiftStep);
        assertTrue(view.getTranslateX() != x || view.getTranslateY() != y);
        assertTrue(Math.abs(view.getTranslateX()) <= 4 && Math.abs(view.getTranslateY()) <= 4, "a few pixels only");
    }

    private void refresh(FxRobot robot) throws Exception {
        rig.refresh(robot, model);
    }

    private String arnOf(String name) {
        return model.tiles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().arn();
    }

    private void shot(FxRobot robot, String file) throws Exception {
        NodePng.shot(view, file);
    }
}

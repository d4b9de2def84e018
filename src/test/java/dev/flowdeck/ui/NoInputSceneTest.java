package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.service.HealthService;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's ACTIVE flow with no input is an alarm in the table and in the detail pane, with sparklines. */
@ExtendWith(ApplicationExtension.class)
class NoInputSceneTest {
    private DemoEnvironment demo;
    private AwsSession session;
    private FxTaskRunner tasks;
    private MainWindow window;
    private FlowBrowserViewModel flows;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoEnvironment.start(Duration.ofSeconds(4));
        session = new AwsSession(demo.connection(), demo.credentials(), new CallLog());
        tasks = new FxTaskRunner(2);
        var text = TestConnections.messages();
        flows = new FlowBrowserViewModel(tasks, text);
        window = new MainWindow(flows, new CallLogViewModel(new CallLog(), tasks), new NetworkViewModel(tasks, text), text);
        stage.setScene(new Scene(window, 1500, 850));
        stage.show();
        flows.setHealthService(new HealthService(session::cloudWatch, HealthRules.defaults(), Clock.systemUTC()), Duration.ofSeconds(60));
        flows.connect(TestConnections.flows(session), s -> null);
    }

    @AfterEach
    void stop() {
        tasks.close();
        session.close();
        demo.close();
    }

    @Test
    void activeButNoInputIsAnAlarmEverywhere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> flows.health().size() > 20);
        FlowSummary airport = flows.flows().stream().filter(f -> f.name().equals("airport-cam-srt")).findFirst().orElseThrow();
        robot.interact(() -> window.selectFlowNamed("airport-cam-srt"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailHealthVerdict").tryQuery().isPresent());

        Label verdict = robot.lookup("#detailHealthVerdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("▲ NO INPUT"), verdict.getText());
        assertTrue(verdict.getStyleClass().contains("health-alarm"));
        assertTrue(robot.lookup(".sparkline").queryAll().size() >= 2, "sparklines of the last 15 minutes");
        assertTrue("ACTIVE".equals(airport.status()), "its status still says ACTIVE");
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && "▲ ACTIVE".equals(c.getText())
                && c.getStyleClass().contains("status-active-alarm")).tryQuery().isPresent(), "…but never drawn as a healthy ACTIVE");
        assertFalse(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && "● ACTIVE".equals(c.getText())
                && c.getStyleClass().contains("status-active") && c.getTableRow() != null && c.getTableRow().getItem() != null
                && ((FlowSummary) c.getTableRow().getItem()).name().equals("airport-cam-srt")).tryQuery().isPresent());
        assertEquals("airport-cam-srt", window.table().getItems().get(0).name(), "flows that need attention come first");
        Label chip = robot.lookup("#detailStatus").queryAs(Label.class);
        assertTrue(chip.getText().startsWith("▲") && chip.getStyleClass().contains("status-active-alarm"), chip.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailSignal .metric-row").queryAll().size() >= 4);
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().contains("OutputBitrate 0.0 Mb/s")).tryQuery().isPresent(),
                "each output's bitrate, by OutputARN");
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("SourcePATError")).tryQuery().isPresent(),
                "the rest of TR 101 290 priority 1");
        dev.flowdeck.support.NodePng.shot(robot.lookup("#detailHealth").query(), "detail-health-no-input.png");
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && String.valueOf(c.getText()).startsWith("▲ NO INPUT")
                && c.getStyleClass().contains("health-alarm")).tryQuery().isPresent(), "flagged in the table");
    }
}

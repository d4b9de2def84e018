package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.mock.DemoFlows;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.FlowWaiter;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the demo backend, headless under Monocle: browse, inspect, stop safely. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSceneTest {
    private DemoEnvironment demo;
    private AwsSession session;
    private FxTaskRunner tasks;
    private final CallLog log = new CallLog();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoEnvironment.start(Duration.ofMillis(1500));
        session = new AwsSession(demo.connection(), demo.credentials(), log);
        tasks = new FxTaskRunner(2);
        var text = TestConnections.messages();
        FlowBrowserViewModel flows = new FlowBrowserViewModel(tasks, text);
        window = new MainWindow(flows, new CallLogViewModel(log, tasks), new NetworkViewModel(tasks, text), text);
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
        flows.connect(TestConnections.flows(session),
                s -> new FlowWaiter(s, Duration.ofMillis(300), 40, d -> Thread.sleep(d.toMillis())));
    }

    @AfterEach
    void stop() {
        tasks.close();
        session.close();
        demo.close();
    }

    @Test
    void browseInspectAndStopOnlyWithTheRightName(FxRobot robot) throws Exception {
        TableView<FlowSummary> table = window.table();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 26);

        // Clicked like a user; the table may be re-laid out under the mouse while protocols arrive, so click until selected.
        for (int tries = 0; tries < 5 && !isSelected(table, DemoFlows.SCENARIO_FLOW); tries++) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellPresent(robot, DemoFlows.SCENARIO_FLOW));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(cellWithText(robot, DemoFlows.SCENARIO_FLOW));
            WaitForAsyncUtils.waitForFxEvents();
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailName").tryQuery()
                    .map(n -> DemoFlows.SCENARIO_FLOW.equals(((Label) n).getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no detail; selected=" + table.getSelectionModel().getSelectedItem() + " status="
                    + robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailSources").tryQuery().isPresent());
        String sources = texts(robot.lookup("#detailSources").queryAs(VBox.class));
        assertTrue(sources.contains("srt-listener") && sources.contains(":3000"), sources);
        assertTrue(sources.contains("198.51.100.2/32"), sources);
        String outputs = texts(robot.lookup("#detailOutputs").queryAs(VBox.class));
        assertTrue(outputs.contains("MediaLive input arn:aws:medialive:ap-northeast-1"), outputs);

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#stopConfirmName").write("mediaconnectsrtflow");
        Node confirm = robot.lookup("#stopConfirmButton").query();
        assertTrue(confirm.isDisabled(), "a wrong name must not enable the stop button");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stopDialog").tryQuery().isPresent(), "Enter with a wrong name does not stop");
        assertEquals("ACTIVE", statusOf(table, DemoFlows.SCENARIO_FLOW));
        assertEquals(0, log.snapshot().stream().filter(r -> r.operation().equals("StopFlow")).count());

        robot.doubleClickOn("#stopConfirmName").eraseText(DemoFlows.SCENARIO_FLOW.length() + 2).write(DemoFlows.SCENARIO_FLOW);
        assertFalse(confirm.isDisabled());
        robot.clickOn("#stopConfirmButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "STOPPING".equals(statusOf(table, DemoFlows.SCENARIO_FLOW))
                || "STANDBY".equals(statusOf(table, DemoFlows.SCENARIO_FLOW)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "STANDBY".equals(statusOf(table, DemoFlows.SCENARIO_FLOW)));

        assertTrue(log.snapshot().size() >= 4, "list, describe, stop, polls");
        for (CallRecord r : log.snapshot()) {
            assertTrue(r.connectedTo() != null && r.connectedTo().startsWith("127.0.0."), r.operation() + " → " + r.connectedTo());
        }
        TableView<?> calls = robot.lookup("#callLogTable").queryAs(TableView.class);
        assertEquals(log.snapshot().size(), calls.getItems().size());
        assertTrue(robot.lookup("#pathBadge").queryAs(Label.class).getText().contains("→ 127.0.0."));
    }

    private static Node cellWithText(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).query();
    }

    private static boolean isSelected(TableView<FlowSummary> table, String name) {
        FlowSummary s = table.getSelectionModel().getSelectedItem();
        return s != null && s.name().equals(name);
    }

    private static boolean cellPresent(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).tryQuery().isPresent();
    }

    private static String statusOf(TableView<FlowSummary> table, String name) {
        return table.getItems().stream().filter(f -> f.name().equals(name)).findFirst().map(FlowSummary::status).orElse(null);
    }

    private static String texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }
}

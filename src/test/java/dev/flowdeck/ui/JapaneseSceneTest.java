package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.service.HealthService;
import dev.flowdeck.service.MediaConnectFlowService;
import dev.flowdeck.support.ExternalTools;
import dev.flowdeck.support.NodePng;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window in Japanese on the demo: every label from the Japanese bundle, glyphs from a font that has them. */
@ExtendWith(ApplicationExtension.class)
class JapaneseSceneTest {
    private DemoEnvironment demo;
    private AwsSession session;
    private FxTaskRunner tasks;
    private MainWindow window;
    private FlowBrowserViewModel flows;
    private final Messages japanese = Messages.load(Locale.JAPAN);

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoEnvironment.start(Duration.ofSeconds(2));
        CallLog log = new CallLog();
        session = new AwsSession(demo.connection(), demo.credentials(), log);
        tasks = new FxTaskRunner(2);
        flows = new FlowBrowserViewModel(tasks, japanese);
        window = new MainWindow(flows, new CallLogViewModel(log, tasks), new NetworkViewModel(tasks, japanese), japanese);
        Scene scene = new Scene(window, 1600, 900);
        scene.getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());
        stage.setScene(scene);
        stage.show();
        flows.setHealthService(new HealthService(session::cloudWatch, HealthRules.defaults(), Clock.systemUTC()), Duration.ofSeconds(60));
        var c = session.connection();
        flows.connect(new MediaConnectFlowService(session::mediaConnect, new ErrorMessages(japanese.bundle(), c.region(), c.endpointText())),
                s -> null);
    }

    @AfterEach
    void stop() {
        tasks.close();
        session.close();
        demo.close();
    }

    @Test
    void theWindowSpeaksJapanese(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> flows.flows().size() == 26 && flows.health().size() > 20);
        robot.interact(() -> window.selectFlowNamed("airport-cam-srt"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailHealthVerdict").tryQuery().isPresent());

        assertEquals("更新", robot.lookup("#refreshButton").queryAs(Button.class).getText());
        assertEquals("設定…", robot.lookup("#settingsButton").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#detailHealthVerdict").queryAs(Label.class).getText().startsWith("▲ 入力なし"),
                "health words in Japanese, shape first");
        // A font with Japanese glyphs must be there (the package depends on one): the text is measured, not tofu boxes.
        ExternalTools.requireJapaneseFont();
        Text probe = new Text("信号ヘルス");
        probe.setFont(Font.font(16));
        Text latin = new Text("ABCDE");
        latin.setFont(Font.font(16));
        assertTrue(probe.getLayoutBounds().getWidth() > latin.getLayoutBounds().getWidth(),
                "CJK glyphs are full width: " + probe.getLayoutBounds().getWidth());
        NodePng.shot(window, "main-window-ja.png");
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText().contains("信号ヘルス")).tryQuery().isPresent());
    }
}

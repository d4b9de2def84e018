package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.settings.SettingsFile;
import dev.flowdeck.support.NodePng;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.settings.SettingsDialog;
import dev.flowdeck.ui.settings.SettingsViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog shows what the health interval costs, and saves thresholds without touching the rest. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theCostFollowsTheIntervalAndTheChoiceIsKept(FxRobot robot) throws Exception {
        SimpleIntegerProperty queries = new SimpleIntegerProperty(15 * 6);
        SettingsFile current = SettingsFile.defaults();
        SettingsViewModel model = new SettingsViewModel(current, queries, TestConnections.messages());
        CompletableFuture<Optional<SettingsFile>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            SettingsDialog dialog = new SettingsDialog(model, TestConnections.messages());
            dialog.initOwner(stage);
            result.complete(dialog.showAndWait());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsCost").tryQuery().isPresent());
        Label cost = robot.lookup("#settingsCost").queryAs(Label.class);
        NodePng.shot(robot.lookup("#settingsDialog").query(), "settings-dialog.png"); // as it opens: the defaults
        assertTrue(cost.getText().startsWith("15 running flows × 6 metrics = 90 metric queries a refresh. Every 60 s that is 5,400"),
                cost.getText());

        Spinner<Integer> interval = robot.lookup("#healthSeconds").queryAs(Spinner.class);
        robot.interact(() -> interval.increment(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cost.getText().contains("Every 90 s that is 3,600 GetMetricData queries an hour"), cost.getText());
        robot.interact(() -> queries.set(30 * 6));
        assertTrue(cost.getText().startsWith("30 running flows"), "follows the flows running now: " + cost.getText());
        Spinner<Double> loss = robot.lookup("#lossPercent").queryAs(Spinner.class);
        robot.interact(() -> loss.increment(5));

        robot.interact(() -> ((Button) robot.lookup("#settingsDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(robot.lookup("#settingsDialog").queryAs(javafx.scene.control.DialogPane.class).getButtonTypes().stream()
                        .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        SettingsFile saved = result.get(5, TimeUnit.SECONDS).orElseThrow();

        assertEquals(90, saved.health().intervalSeconds());
        assertEquals(1.0, saved.health().lossPercent(), 1e-9);
        assertEquals(current.connections(), saved.connections(), "connections are left as they were");
        assertEquals(current.requestsPerSecond(), saved.requestsPerSecond());
        assertEquals(current.wall(), saved.wall(), "the wall's settings are kept when not touched");
    }
}

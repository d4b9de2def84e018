package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Case C9: refreshes every 200 ms while the user re-sorts; sort, filter and selection (by ARN) survive. */
@ExtendWith(ApplicationExtension.class)
class AutoRefreshKeepsPlaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> offThread = new CopyOnWriteArrayList<>();
    private MockBackend backend;
    private AwsSession session;
    private FxTaskRunner tasks;
    private FlowBrowserViewModel flows;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        backend = MockBackend.withDemoFlows("eu-west-1", new MutableClock(), Duration.ofSeconds(5)).start(List.of("127.0.0.181"), 0);
        for (int i = 1; i <= 25; i++) {
            backend.store().add(flow(i, i % 5 == 0 ? "ERROR" : i % 3 == 0 ? "STANDBY" : "ACTIVE"));
        }
        session = new AwsSession(TestConnections.pinned(TestConnections.VPCE, backend.port(), "eu-west-1", List.of("127.0.0.181")),
                s -> TestConnections.credentials(), new CallLog(), new dev.flowdeck.net.RequestBudget(1000, 1000));
        tasks = new FxTaskRunner(2);
        var text = TestConnections.messages();
        flows = new FlowBrowserViewModel(tasks, text);
        flows.flows().addListener((ListChangeListener<FlowSummary>) c -> {
            if (!Platform.isFxApplicationThread()) {
                offThread.add(Thread.currentThread().getName());
            }
        });
        window = new MainWindow(flows, new CallLogViewModel(new CallLog(), tasks), new NetworkViewModel(tasks, text), text);
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
        flows.connect(TestConnections.flows(session), s -> null);
    }

    @AfterEach
    void stop() {
        tasks.close();
        session.close();
        backend.close();
    }

    @Test
    void sortFilterAndSelectionSurviveFiftyRefreshes(FxRobot robot) throws Throwable {
        TableView<FlowSummary> table = window.table();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flows.flows().size() == 25);
        TableColumn<FlowSummary, ?> status = table.getColumns().get(1);
        robot.interact(() -> {
            table.getSortOrder().setAll(status);
            window.filterBar().checkStatuses(Set.of("ERROR", "ACTIVE"));
        });
        FlowSummary seven = table.getItems().stream().filter(f -> f.name().equals("noc-feed-07")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(seven));

        List<Throwable> fxFailures = new CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxFailures.add(e)));
        assertEquals("ACTIVE", statusOf(table, "noc-feed-11"), "the deleted flow is visible through the filter first");
        backend.requests().clear();
        backend.store().forceStatus(arn(3), "ERROR");
        backend.store().remove(arn(11));
        backend.store().add(flow(26, "ACTIVE"));
        Node header = robot.from(table).lookup((Node n) -> n.getStyleClass().contains("column-header")
                && n.lookup(".label") instanceof javafx.scene.control.Label l && "Status".equals(l.getText())).query();
        long started = System.nanoTime();
        int clicks = 0;
        for (int refresh = 0; refresh < 50; refresh++) {
            Platform.runLater(flows::refresh);
            Thread.sleep(200);
            if ((System.nanoTime() - started) / 1_000_000 > 300L * (clicks + 1)) {
                robot.clickOn(header);
                clicks++;
            }
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !flows.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(clicks >= 25, "the header was clicked throughout: " + clicks);
        assertTrue(backend.requests().count("ListFlows") >= 20, "refreshes really ran: " + backend.requests().count("ListFlows"));
        assertEquals(List.of(), fxFailures, "no exception on the JavaFX thread");
        assertEquals(List.of(), offThread, "the list changed only on the JavaFX thread");
        assertTrue(table.getItems().stream().allMatch(f -> Set.of("ERROR", "ACTIVE").contains(f.status())), "the filter survived");
        assertEquals("noc-feed-07", table.getSelectionModel().getSelectedItem().name(), "selection followed the flow");
        assertEquals("ERROR", statusOf(table, "noc-feed-03"));
        assertTrue(table.getItems().stream().noneMatch(f -> f.name().equals("noc-feed-11")));
        assertTrue(table.getItems().stream().anyMatch(f -> f.name().equals("noc-feed-26")));
        if (!table.getSortOrder().isEmpty()) {
            var statuses = table.getItems().stream().map(FlowSummary::status).toList();
            var expected = new java.util.ArrayList<>(statuses);
            expected.sort(status.getSortType() == TableColumn.SortType.ASCENDING ? java.util.Comparator.naturalOrder()
                    : java.util.Comparator.<String>reverseOrder());
            assertEquals(expected, statuses, "rows stay sorted the way the user last chose");
        }
        assertFalse(flows.messageIsErrorProperty().get(), flows.messageProperty().get());
        WaitForAsyncUtils.checkException();
    }

    private static String statusOf(TableView<FlowSummary> table, String name) {
        return table.getItems().stream().filter(f -> f.name().equals(name)).findFirst().map(FlowSummary::status).orElse(null);
    }

    private String arn(int i) {
        return String.format("arn:aws:mediaconnect:eu-west-1:123456789012:flow:1-NOCFEEDNOCFEED%02d-0000000000%02d:noc-feed-%02d", i, i, i);
    }

    private ObjectNode flow(int i, String status) throws Exception {
        String name = String.format("noc-feed-%02d", i);
        String arn = arn(i);
        return (ObjectNode) JSON.readTree("{\"availabilityZone\": \"eu-west-1a\", \"description\": \"NOC feed\", \"entitlements\": [],"
                + "\"flowArn\": \"" + arn + "\", \"name\": \"" + name + "\", \"outputs\": [], \"status\": \"" + status + "\","
                + "\"source\": {\"name\": \"in\", \"sourceArn\": \"" + arn.replace(":flow:", ":source:") + "\","
                + "\"transport\": {\"protocol\": \"srt-listener\"}}}");
    }
}

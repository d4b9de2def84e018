package dev.flowdeck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.mock.FlowStore;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The flow browser with 5,000 flows, headless (Monocle), through the real SDK and the embedded
 * backend: time to list and render all, ListFlows calls per refresh, the longest pulse on the
 * JavaFX thread during a refresh, heap after a refresh. Run: {@code mvn -Pbench verify}.
 */
public final class FlowBrowserBenchmark {
    private static final int FLOWS = 5000;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x900-32");
        FlowStore store = new FlowStore(Clock.systemUTC(), Duration.ofSeconds(5));
        ObjectMapper json = new ObjectMapper();
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "STANDBY", "ERROR"};
        for (int i = 0; i < FLOWS; i++) {
            String name = String.format("bench-flow-%05d", i);
            String arn = "arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-BENCHBENCHBENCH0-" + String.format("%012d", i) + ":" + name;
            store.add((ObjectNode) json.readTree("{\"availabilityZone\": \"ap-northeast-1" + (i % 2 == 0 ? "a" : "c") + "\","
                    + "\"description\": \"benchmark flow " + i + "\", \"entitlements\": [], \"flowArn\": \"" + arn + "\", \"name\": \""
                    + name + "\", \"outputs\": [], \"status\": \"" + statuses[i % statuses.length] + "\", \"source\": {\"name\": \"in\","
                    + "\"sourceArn\": \"" + arn.replace(":flow:", ":source:") + "\"}}"));
        }
        try (MockBackend backend = new MockBackend("ap-northeast-1", store).start(List.of("127.0.0.191"), 0);
             AwsSession session = new AwsSession(TestConnections.pinned(TestConnections.VPCE, backend.port(), "ap-northeast-1",
                     List.of("127.0.0.191")), s -> TestConnections.credentials(), new CallLog(), RequestBudget.defaults());
             FxTaskRunner tasks = new FxTaskRunner(2)) {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            var text = TestConnections.messages();
            FlowBrowserViewModel flows = new FlowBrowserViewModel(tasks, text);
            AtomicLong pulseStart = new AtomicLong();
            AtomicLong longestPulse = new AtomicLong();
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                MainWindow window = new MainWindow(flows, new CallLogViewModel(new CallLog(), tasks), new NetworkViewModel(tasks, text), text);
                Scene scene = new Scene(window, 1600, 900);
                scene.addPreLayoutPulseListener(() -> pulseStart.set(System.nanoTime()));
                scene.addPostLayoutPulseListener(() -> longestPulse.accumulateAndGet(System.nanoTime() - pulseStart.get(), Math::max));
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                shown.countDown();
            });
            shown.await();

            long firstStart = System.nanoTime();
            Platform.runLater(() -> flows.connect(TestConnections.flows(session), s -> null));
            waitForLoads(flows, 1);
            long firstMs = (System.nanoTime() - firstStart) / 1_000_000;

            // Let the first load's protocol sweep (a few DescribeFlow calls, paced by the budget) finish first.
            Thread.sleep(15_000);
            backend.requests().clear();
            longestPulse.set(0);
            // One flow in ten changes status before the refresh, so applying changed rows is measured too.
            for (int i = 0; i < FLOWS; i += 10) {
                store.forceStatus(store.arns().get(i), "ERROR");
            }
            // A probe posted to the JavaFX thread every 5 ms: how long it waits is how long the thread was busy.
            AtomicLong longestStall = new AtomicLong();
            java.util.concurrent.ScheduledExecutorService probe = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> longestStall.accumulateAndGet(System.nanoTime() - posted, Math::max));
            }, 0, 5, TimeUnit.MILLISECONDS);
            long refreshStart = System.nanoTime();
            Platform.runLater(flows::refresh);
            waitForLoads(flows, 2);
            long refreshMs = (System.nanoTime() - refreshStart) / 1_000_000;
            Thread.sleep(500);
            probe.shutdownNow();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            Thread.sleep(200);
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

            System.out.println("flows                          " + flows.flows().size());
            System.out.println("first list + apply             " + firstMs + " ms  (to the rows in the table; painting follows in the next pulse)");
            System.out.println("refresh of 500 changed flows   " + refreshMs + " ms  (list + apply)");
            System.out.println("ListFlows calls per refresh    " + backend.requests().count("ListFlows") + "  (⌈" + FLOWS + "/1000⌉ = " + (FLOWS + 999) / 1000 + ")");
            System.out.println("DescribeFlow calls per refresh " + backend.requests().count("DescribeFlow") + "  (at most a few: protocols learnt gradually)");
            System.out.println("longest layout pulse           " + longestPulse.get() / 1_000_000 + " ms  (CSS + layout)");
            System.out.println("longest JavaFX thread stall    " + longestStall.get() / 1_000_000 + " ms  (target <= 16 ms: one frame)");
            System.out.println("heap after refresh             " + heapMb + " MB  (target <= 256 MB)");
            Platform.exit();
        }
        System.exit(0);
    }

    private static void waitForLoads(FlowBrowserViewModel flows, int loads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (flows.completedLoadsProperty().get() < loads) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no load within 60 s: " + flows.messageProperty().get());
            }
            Thread.sleep(20);
        }
    }
}

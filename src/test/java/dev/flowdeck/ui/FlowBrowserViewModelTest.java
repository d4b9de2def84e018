package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.mock.DemoFlows;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.FlowWaiter;
import dev.flowdeck.support.ImmediateTaskRunner;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flow browser's view model with the synchronous task twin, over the real SDK and backend. */
class FlowBrowserViewModelTest {
    private final MutableClock clock = new MutableClock();
    private MockBackend backend;
    private AwsSession session;
    private FlowBrowserViewModel model;

    @BeforeEach
    void start() throws Exception {
        backend = MockBackend.withDemoFlows("ap-northeast-1", clock, Duration.ofSeconds(5)).start(List.of("127.0.0.101"), 0);
        session = TestConnections.session(TestConnections.pinned(TestConnections.TOKYO_VPCE, backend.port(),
                "ap-northeast-1", List.of("127.0.0.101")), new CallLog());
        model = new FlowBrowserViewModel(new ImmediateTaskRunner(), TestConnections.messages());
        // Each poll moves the backend's clock past the settle time instead of sleeping.
        model.connect(TestConnections.flows(session), s -> new FlowWaiter(s, Duration.ofSeconds(3), 40,
                d -> clock.advance(d)));
    }

    @AfterEach
    void stop() {
        session.close();
        backend.close();
    }

    @Test
    void aWrongNameNeverSendsStop() {
        FlowSummary flow = find(DemoFlows.SCENARIO_FLOW);

        assertFalse(model.stop(flow, "MediaConnectSRTFlow2"));
        assertFalse(model.stop(flow, ""));
        assertFalse(model.stop(flow, null));

        assertEquals(0, backend.requests().count("StopFlow"));
        assertTrue(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains("does not match"), model.messageProperty().get());
    }

    @Test
    void theRightNameStopsAndFollowsUntilStandby() {
        FlowSummary flow = find(DemoFlows.SCENARIO_FLOW);

        assertTrue(model.stop(flow, " MediaConnectSRTFlow "));

        assertEquals(1, backend.requests().count("StopFlow"));
        assertEquals("STANDBY", find(DemoFlows.SCENARIO_FLOW).status());
        assertTrue(model.messageProperty().get().contains("STANDBY"), model.messageProperty().get());
    }

    @Test
    void refreshUpdatesRowsInPlaceByArn() {
        FlowSummary untouched = find("osaka-relay-zixi");
        String weather = find("weather-cam-srt").arn();
        backend.store().forceStatus(find("sports-rist-main").arn(), "ERROR");
        backend.store().remove(weather);

        model.refresh();

        assertEquals(25, model.flows().size());
        assertEquals("ERROR", find("sports-rist-main").status());
        assertSame(untouched, find("osaka-relay-zixi"), "an unchanged row is the same object: selection stays put");
        assertTrue(model.flows().stream().noneMatch(f -> f.arn().equals(weather)));
    }

    @Test
    void manyChangesAtOnceAreAppliedInOneReplacementKeepingUnchangedRows() throws Exception {
        for (int i = 0; i < 60; i++) {
            ObjectNode extra = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.format(
                    "{\"availabilityZone\": \"ap-northeast-1a\", \"description\": \"extra\", \"entitlements\": [], \"outputs\": [],"
                    + "\"flowArn\": \"arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-EXTRAEXTRAEXTRA0-%012d:extra-%02d\","
                    + "\"name\": \"extra-%02d\", \"status\": \"STANDBY\", \"source\": {\"name\": \"in\", \"sourceArn\": \"s-%02d\"}}", i, i, i, i));
            backend.store().add(extra);
        }
        FlowSummary untouched = find("osaka-relay-zixi");
        javafx.collections.ListChangeListener<FlowSummary> counter = c -> changes++;
        model.flows().addListener(counter);

        model.refresh();

        assertEquals(86, model.flows().size());
        assertEquals(1, changes, "one change event for 60 new rows");
        assertSame(untouched, find("osaka-relay-zixi"));
    }

    private int changes;

    @Test
    void aReadOnlyConnectionRefusesEveryChange() {
        model.setReadOnly(true);
        FlowSummary active = find(DemoFlows.SCENARIO_FLOW);

        assertFalse(model.canStop(active));
        assertFalse(model.stop(active, DemoFlows.SCENARIO_FLOW));
        assertFalse(model.restart(active, DemoFlows.SCENARIO_FLOW));
        model.start(find("studio-b-rtp-fec"));

        assertEquals(0, backend.requests().count("StopFlow") + backend.requests().count("StartFlow"));
        assertTrue(model.messageProperty().get().contains("read-only"), model.messageProperty().get());
    }

    @Test
    void everyChangeIsAudited(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dev.flowdeck.service.AuditLog audit = new dev.flowdeck.service.AuditLog(dir.resolve("audit.jsonl"), clock, "noc-operator",
                () -> "arn:aws:sts::123456789012:assumed-role/MediaOperator/flowdeck", "Tokyo via DX");
        model.setAuditLog(audit);

        model.stop(find(DemoFlows.SCENARIO_FLOW), DemoFlows.SCENARIO_FLOW);

        model.stop(find("weather-cam-srt"), "weather-cam");

        var entries = audit.recent(10);
        assertEquals(3, entries.size(), "requested, settled, and the refused attempt");
        assertEquals("refused: typed name did not match", entries.get(0).result());
        assertEquals("requested", entries.get(2).result());
        assertTrue(java.time.Instant.parse(entries.get(2).time()) != null);
        var e = entries.get(1);
        assertEquals("stop", e.action());
        assertEquals(DemoFlows.SCENARIO_FLOW, e.flow());
        assertEquals("noc-operator", e.osUser());
        assertEquals("Tokyo via DX", e.connection());
        assertTrue(e.awsIdentity().contains("MediaOperator"));
        assertEquals("ok: STANDBY", e.result());
    }

    @Test
    void throttlingIsShownAsThrottledNotAsAnError() {
        backend.faults().arm("ListFlows", dev.flowdeck.mock.Fault.throttle(-1));

        model.refresh();

        assertFalse(model.messageIsErrorProperty().get());
        assertTrue(model.messageProperty().get().contains("throttling"), model.messageProperty().get());
        assertEquals(26, model.flows().size(), "the rows stay");
        assertTrue(model.staleSinceProperty().get() != null, "and are marked stale");
    }

    @Test
    void restartStopsThenStarts() {
        assertTrue(model.restart(find(DemoFlows.SCENARIO_FLOW), DemoFlows.SCENARIO_FLOW));

        assertEquals(1, backend.requests().count("StopFlow"));
        assertEquals(1, backend.requests().count("StartFlow"));
        assertEquals("ACTIVE", find(DemoFlows.SCENARIO_FLOW).status());
    }

    private FlowSummary find(String name) {
        return model.flows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}

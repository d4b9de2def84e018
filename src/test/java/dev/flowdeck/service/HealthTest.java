package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowHealth.State;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.SignalDetail;
import dev.flowdeck.mock.Fault;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.TestConnections;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signal health: derived from metrics, batched, and never green or red without data. */
class HealthTest {
    private final HealthRules rules = HealthRules.defaults();

    @Test
    void eachStateFromItsSeries() {
        assertEquals(State.HEALTHY, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4.1e6, 3.9e6), "SourceConnected", List.of(1.0, 1.0, 1.0),
                "SourcePacketLossPercent", List.of(0.0, 0.0, 0.0))).state());
        assertEquals(State.NO_INPUT, rules.judge(Map.of("SourceBitRate", List.of(0.0, 0.0, 4e6), "SourceConnected", List.of(1.0, 1.0, 1.0))).state(),
                "ACTIVE but no bits for 2 minutes");
        assertEquals(State.NO_INPUT, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(0.0, 0.0))).state());
        assertEquals(State.HEALTHY, rules.judge(Map.of("SourceBitRate", List.of(0.0, 4e6, 4e6), "SourceConnected", List.of(1.0, 1.0, 1.0))).state(),
                "one empty minute is not yet 'no input'");
        assertEquals(State.DEGRADED, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(1.0, 1.0),
                "SourcePacketLossPercent", List.of(0.0, 2.5))).state());
        assertEquals(State.DEGRADED, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(1.0, 1.0),
                "SourceNotRecoveredPackets", List.of(3.0))).state());
        assertEquals(State.DEGRADED, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(1.0, 1.0),
                "SourceContinuityCounter", List.of(0.0, 0.0, 2.0))).state(), "TR 101 290 priority-1 errors degrade");
        assertEquals(State.DEGRADED, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(1.0, 1.0),
                "SourceTSSyncLoss", List.of(1.0))).state());
        assertEquals(State.HEALTHY, rules.judge(Map.of("SourceBitRate", List.of(4e6, 4e6), "SourceConnected", List.of(1.0, 1.0),
                "SourceContinuityCounter", List.of(0.0, 0.0, 0.0, 0.0, 0.0, 9.0))).state(), "errors older than the window are history");
        assertEquals(State.HEALTHY, new HealthRules(0.5, 1, 5, 2, 5).judge(Map.of("SourceBitRate", List.of(4e6, 4e6),
                "SourceConnected", List.of(1.0, 1.0), "SourceContinuityCounter", List.of(3.0))).state(), "the P1 threshold is a setting");
        assertEquals(State.NO_INPUT, new HealthRules(0.5, 1, 1, 3, 5).judge(Map.of("SourceBitRate", List.of(0.0, 0.0, 0.0),
                "SourceConnected", List.of(1.0, 1.0, 1.0))).state());
        assertEquals(State.HEALTHY, new HealthRules(0.5, 1, 1, 3, 5).judge(Map.of("SourceBitRate", List.of(0.0, 0.0, 4e6),
                "SourceConnected", List.of(1.0, 1.0, 1.0))).state(), "the no-input time is a setting");
        assertEquals(State.UNKNOWN, rules.judge(Map.of()).state(), "no data is unknown, never green");
        assertEquals(State.HEALTHY, new HealthRules(5, 100, 10, 2, 5).judge(Map.of("SourceBitRate", List.of(4e6, 4e6),
                "SourceConnected", List.of(1.0, 1.0), "SourcePacketLossPercent", List.of(2.5))).state(), "thresholds are settings");
    }

    @Test
    void theDemoFlagsTheActiveFlowWithNoInput() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            List<FlowSummary> flows = TestConnections.flows(session).listFlows();
            CallLog log = new CallLog();
            Map<String, FlowHealth> health = new HealthService(session::cloudWatch, rules, Clock.systemUTC()).health(flows);

            assertEquals(State.NO_INPUT, stateOf(flows, health, "airport-cam-srt"));
            assertEquals(State.DEGRADED, stateOf(flows, health, "sports-rist-main"));
            assertEquals(State.HEALTHY, stateOf(flows, health, "tokyo-news-srt-caller"));
            assertEquals(State.NOT_RUNNING, stateOf(flows, health, "studio-b-rtp-fec"));
            assertEquals(1, demo.backend().requests().count("GetMetricData"), "one batched call for all active flows");
        }
    }

    @Test
    void manyFlowsAreBatchedFiveHundredQueriesPerCall() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            List<FlowSummary> many = new ArrayList<>();
            for (int i = 0; i < 130; i++) {
                many.add(new FlowSummary("arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-X-" + i + ":f" + i, "f" + i, "ACTIVE",
                        "OWNED", "ap-northeast-1a", ""));
            }

            new HealthService(session::cloudWatch, rules, Clock.systemUTC()).health(many);

            assertEquals(780, HealthService.queriesFor(130), "six sweep metrics a flow");
            assertEquals(2, demo.backend().requests().count("GetMetricData"), "⌈780/500⌉ calls");
        }
    }

    @Test
    void withoutPermissionHealthIsUnknownNeverRedOrGreen() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            List<FlowSummary> flows = TestConnections.flows(session).listFlows();
            demo.backend().faults().arm("GetMetricData", Fault.accessDenied(-1));

            Map<String, FlowHealth> health = new HealthService(session::cloudWatch, rules, Clock.systemUTC()).health(flows);

            FlowHealth h = health.get(flows.stream().filter(f -> f.name().equals("airport-cam-srt")).findFirst().orElseThrow().arn());
            assertEquals(State.UNKNOWN, h.state());
            assertEquals("health.reason.noPermission", h.reasonKey());
        }
    }

    @Test
    void theFlowBrowserShowsNoInputForAnActiveFlow() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            var model = new dev.flowdeck.ui.flows.FlowBrowserViewModel(new dev.flowdeck.support.ImmediateTaskRunner(), TestConnections.messages());
            model.setHealthService(new HealthService(session::cloudWatch, rules, Clock.systemUTC()), Duration.ofSeconds(60));
            model.connect(TestConnections.flows(session), s -> null);

            FlowSummary airport = model.flows().stream().filter(f -> f.name().equals("airport-cam-srt")).findFirst().orElseThrow();
            assertEquals("ACTIVE", airport.status());
            assertEquals(State.NO_INPUT, model.health().get(airport.arn()).state(), "ACTIVE alone never looks healthy");
        }
    }

    @Test
    void theFlowOnShowGetsEachOutputAndTheRestOfPriorityOneInOneCall() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            var flows = TestConnections.flows(session);
            HealthService service = new HealthService(session::cloudWatch, rules, Clock.systemUTC());
            var airport = flows.describeFlow(flows.listFlows().stream().filter(f -> f.name().equals("airport-cam-srt")).findFirst()
                    .orElseThrow().arn());
            long before = demo.backend().requests().count("GetMetricData");

            SignalDetail signal = service.detail(airport);

            assertEquals(before + 1, demo.backend().requests().count("GetMetricData"), "one call for every output and counter");
            assertEquals(airport.outputs().size(), signal.outputs().size());
            assertFalse(signal.outputs().isEmpty());
            SignalDetail.OutputSignal first = signal.outputs().get(0);
            assertEquals(airport.outputs().get(0).arn(), first.arn(), "asked by OutputARN");
            assertEquals(1.0, first.connected().get(0), "the output is connected…");
            assertEquals(0.0, first.bitrate().get(0), "…but sends nothing, because nothing arrives");
            assertEquals(MetricNames.TR101_DETAIL, List.copyOf(signal.transportStream().keySet()));
            assertTrue(signal.transportStream().values().stream().allMatch(v -> v.size() >= 14), "15 minutes of one-minute values");
        }
    }

    @Test
    void aStoppedFlowCostsNoMetricQueries() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            var flows = TestConnections.flows(session);
            var standby = flows.describeFlow(flows.listFlows().stream().filter(f -> f.name().equals("studio-b-rtp-fec")).findFirst()
                    .orElseThrow().arn());

            SignalDetail signal = new HealthService(session::cloudWatch, rules, Clock.systemUTC()).detail(standby);

            assertEquals(0, demo.backend().requests().count("GetMetricData"));
            assertEquals(List.of("STANDBY"), signal.problem().reasonArgs(), signal.problem().toString());
        }
    }

    private static State stateOf(List<FlowSummary> flows, Map<String, FlowHealth> health, String name) {
        return health.get(flows.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().arn()).state();
    }
}

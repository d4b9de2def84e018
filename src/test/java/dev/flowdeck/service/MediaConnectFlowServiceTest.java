package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.OutputInfo;
import dev.flowdeck.domain.SourceInfo;
import dev.flowdeck.mock.DemoFlows;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.BackendFixture;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FlowService through the real SDK over real HTTP to the embedded backend, reached by a pinned vpce- name. */
class MediaConnectFlowServiceTest {
    private static final String REGION = "ap-northeast-1";
    private final MutableClock clock = new MutableClock();
    private BackendFixture fixture;
    private CallLog log;
    private MockBackend backend;
    private AwsSession session;
    private MediaConnectFlowService flows;

    @BeforeEach
    void start() throws Exception {
        fixture = BackendFixture.start(REGION, "127.0.0.21", clock, Duration.ofSeconds(5));
        log = fixture.log;
        backend = fixture.backend;
        session = fixture.session;
        flows = fixture.flows;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void listsEveryDemoFlowInOneCallAndRecordsTheAddressUsed() {
        List<FlowSummary> all = flows.listFlows();

        assertEquals(26, all.size());
        assertEquals(26, all.stream().map(FlowSummary::arn).distinct().count());
        assertTrue(all.stream().anyMatch(f -> f.name().equals(DemoFlows.SCENARIO_FLOW) && f.status().equals("ACTIVE")));
        assertEquals(1, backend.requests().count("ListFlows"), "26 flows fit one page of 1000");
        CallRecord record = log.snapshot().get(0);
        assertEquals("ListFlows", record.operation());
        assertEquals("127.0.0.21:" + backend.port(), record.connectedTo());
        assertEquals(List.of("127.0.0.21"), record.dnsAnswers());
        assertEquals("pinned", record.dnsSource());
        assertEquals(200, record.httpStatus());
        assertTrue(record.requestId() != null && !record.requestId().isBlank());
        assertEquals("127.0.0.21", backend.requests().entries().get(0).localAddress(), "the backend saw the same address");
    }

    @Test
    void followsTokensThroughAnEmptyPageWithExactlyThreeRequests() {
        // Case C7: 10 flows + t1, an empty page + t2, then 3 flows and no token.
        backend.store().setPagePlan(List.of(10, 0, 3));
        List<String> keep = backend.store().arns().subList(0, 13);
        backend.store().arns().stream().filter(a -> !keep.contains(a)).forEach(backend.store()::remove);

        List<FlowSummary> all = flows.listFlows();

        assertEquals(13, all.size());
        assertEquals(13, all.stream().map(FlowSummary::arn).collect(Collectors.toSet()).size());
        assertEquals(3, backend.requests().count("ListFlows"));
        List<String> queries = backend.requests().entries().stream().map(e -> String.valueOf(e.rawQuery())).toList();
        assertFalse(queries.get(0).contains("nextToken"));
        assertTrue(queries.get(1).contains("nextToken") && queries.get(2).contains("nextToken"));
        assertFalse(queries.get(1).equals(queries.get(2)), "t1 then t2");
    }

    @Test
    void backendPagesItselfAtTenPerPage() {
        var pages = session.mediaConnect().listFlowsPaginator(r -> r.maxResults(10)).stream().toList();

        assertEquals(3, pages.size());
        assertEquals(List.of(10, 10, 6), pages.stream().map(p -> p.flows().size()).toList());
    }

    @Test
    void stopAnswersStoppingAndSettlesByTheClockWithoutBeingDescribed() {
        String arn = arnOf(DemoFlows.SCENARIO_FLOW);

        assertEquals("STOPPING", flows.stopFlow(arn));
        assertEquals("STOPPING", flows.describeFlow(arn).status());
        clock.advance(Duration.ofSeconds(4));
        assertEquals("STOPPING", statusInList(arn), "not settled before the settle time");
        clock.advance(Duration.ofSeconds(2));
        assertEquals("STANDBY", statusInList(arn), "settled by the clock, seen first through ListFlows");

        assertEquals("STARTING", flows.startFlow(arn));
        clock.advance(Duration.ofSeconds(6));
        assertEquals("ACTIVE", flows.describeFlow(arn).status());
    }

    @Test
    void refusesToStartAnActiveFlowOrStopAStandbyFlow() {
        FlowDeckException start = assertThrows(FlowDeckException.class, () -> flows.startFlow(arnOf(DemoFlows.SCENARIO_FLOW)));
        assertEquals(FlowDeckException.Kind.REFUSED, start.kind());
        assertTrue(start.getMessage().contains("can't be started because it is ACTIVE"), start.getMessage());

        FlowDeckException stop = assertThrows(FlowDeckException.class, () -> flows.stopFlow(arnOf("studio-b-rtp-fec")));
        assertEquals(FlowDeckException.Kind.REFUSED, stop.kind());
        assertTrue(stop.getMessage().contains("STANDBY"), stop.getMessage());
    }

    @Test
    void unknownFlowIsNotFound() {
        String missing = "arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-AAAAAAAAAAAAAAAA-000000000000:gone";

        FlowDeckException e = assertThrows(FlowDeckException.class, () -> flows.describeFlow(missing));

        assertEquals(FlowDeckException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("deleted"), e.getMessage());
    }

    @Test
    void aRequestSignedForAnotherRegionIsRefusedAndExplained() {
        try (AwsSession wrong = TestConnections.session(TestConnections.pinned(TestConnections.TOKYO_VPCE, backend.port(),
                "us-east-1", List.of("127.0.0.21")), log)) {
            FlowDeckException e = assertThrows(FlowDeckException.class, () -> TestConnections.flows(wrong).listFlows());

            assertEquals(FlowDeckException.Kind.WRONG_REGION, e.kind());
            assertTrue(e.getMessage().contains("us-east-1") && e.getMessage().contains("another region"), e.getMessage());
            assertEquals(403, log.snapshot().get(log.snapshot().size() - 1).httpStatus());
        }
    }

    @Test
    void scenarioFlowShowsItsSrtSourceAndMediaLiveOutput() {
        FlowDetail d = flows.describeFlow(arnOf(DemoFlows.SCENARIO_FLOW));

        assertEquals(1, d.sources().size(), "source and sources[] name the same source once");
        SourceInfo s = d.sources().get(0);
        assertEquals("srt-listener", s.protocol());
        assertEquals(3000, s.ingestPort());
        assertEquals("198.51.100.2/32", s.allowList());
        assertEquals(5_000_000L, s.maxBitrate());
        OutputInfo o = d.outputs().get(0);
        assertTrue(o.mediaLiveInputArn().startsWith("arn:aws:medialive:ap-northeast-1"));
        assertEquals("198.51.100.1", d.egressIp());
        assertEquals("123456789012", d.parsedArn().account());
    }

    @Test
    void entitledSourceNamesTheGrantingAccountAndHasNoIngest() {
        FlowDetail d = flows.describeFlow(arnOf("partner-feed-entitled"));

        SourceInfo s = d.sources().get(0);
        assertTrue(s.entitled());
        assertEquals(DemoFlows.PARTNER_ACCOUNT, s.grantingAccount());
        assertEquals(null, s.ingestPort());
    }

    private String statusInList(String arn) {
        return flows.listFlows().stream().filter(f -> f.arn().equals(arn)).findFirst().orElseThrow().status();
    }

    private String arnOf(String name) {
        return flows.listFlows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().arn();
    }

    static Set<String> names(List<FlowSummary> list) {
        return list.stream().map(FlowSummary::name).collect(Collectors.toSet());
    }
}

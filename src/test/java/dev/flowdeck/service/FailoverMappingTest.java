package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.SourceInfo;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Case C8: two sources and failover, read through the SDK from the us-east-1 demo backend. */
class FailoverMappingTest {

    @Test
    void failoverFlowHasTwoSourcesWithThePrimaryMarked() throws Exception {
        FlowDetail d = describe("noc-feed-01");

        assertEquals("ACTIVE", d.status());
        assertEquals("us-east-1a", d.availabilityZone());
        assertEquals(List.of("main-srt", "backup-srt"), d.sources().stream().map(SourceInfo::name).toList());
        assertEquals(List.of(5000, 5001), d.sources().stream().map(SourceInfo::ingestPort).toList());
        assertTrue(d.sources().get(0).primary());
        assertFalse(d.sources().get(1).primary());
        assertEquals("Failover: FAILOVER, recovery window 200 ms", d.failover().label());
    }

    @Test
    void mergeHasNoPrimary() throws Exception {
        FlowDetail d = describe("noc-feed-02");

        assertEquals(2, d.sources().size());
        assertTrue(d.sources().stream().noneMatch(SourceInfo::primary));
        assertTrue(d.failover().label().startsWith("MERGE"), d.failover().label());
    }

    private static FlowDetail describe(String name) throws Exception {
        try (MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.51"), 0);
             AwsSession session = TestConnections.session(TestConnections.pinned(TestConnections.VPCE, backend.port(),
                     "us-east-1", List.of("127.0.0.51")), new CallLog())) {
            FlowService flows = TestConnections.flows(session);
            String arn = flows.listFlows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().arn();
            return flows.describeFlow(arn);
        }
    }
}

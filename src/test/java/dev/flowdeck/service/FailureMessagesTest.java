package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.mock.Fault;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.support.BackendFixture;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a call can fail becomes one line that says what happened and what to do; nothing hangs. */
class FailureMessagesTest {
    private static final String REGION = "us-east-1";
    private BackendFixture fixture;
    private CallLog log;
    private MockBackend backend;
    private FlowService flows;

    @BeforeEach
    void start() throws Exception {
        Timeouts quick = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(800), Duration.ofSeconds(2), Duration.ofSeconds(6));
        fixture = BackendFixture.start(REGION, "127.0.0.31", new MutableClock(), Duration.ofSeconds(5), quick);
        log = fixture.log;
        backend = fixture.backend;
        flows = fixture.flows;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void throttlingIsRetriedThenExplained() {
        backend.faults().arm("ListFlows", Fault.throttle(-1));

        FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows);

        assertEquals(FlowDeckException.Kind.THROTTLED, e.kind());
        assertTrue(e.getMessage().contains("throttling"), e.getMessage());
        CallRecord r = last();
        assertEquals(3, r.attempts().size(), "the SDK's standard strategy tries three times");
        assertTrue(r.attempts().stream().allMatch(a -> a.httpStatus() == 429));
    }

    @Test
    void oneThrottleIsAbsorbedByTheRetry() {
        backend.faults().arm("ListFlows", Fault.throttle(1));

        assertEquals(4, flows.listFlows().size());
        CallRecord r = last();
        assertEquals(2, r.attempts().size());
        assertEquals(429, r.attempts().get(0).httpStatus());
        assertTrue(r.attempts().get(0).error().contains("429"), r.attempts().get(0).error());
        assertEquals(200, r.attempts().get(1).httpStatus());
    }

    @Test
    void serverErrorNamesTheRequestId() {
        backend.faults().arm("ListFlows", Fault.serverError(500, -1));

        FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows);

        assertEquals(FlowDeckException.Kind.SERVER, e.kind());
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("request id"), e.getMessage());
    }

    @Test
    void malformedBodyIsSaidPlainly() {
        backend.faults().arm("ListFlows", Fault.malformed(-1));

        FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows);

        assertEquals(FlowDeckException.Kind.MALFORMED, e.kind(), e.getMessage());
    }

    @Test
    void slowAnswerTimesOutVisibly() {
        backend.faults().arm("ListFlows", Fault.latency(Duration.ofSeconds(3)));
        long start = System.nanoTime();

        FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows);

        assertEquals(FlowDeckException.Kind.TIMEOUT, e.kind(), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 8000, "bounded by the call timeout");
    }

    @Test
    void droppedConnectionIsExplained() {
        backend.faults().arm("ListFlows", Fault.drop(-1));

        FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows);

        assertEquals(FlowDeckException.Kind.UNREACHABLE, e.kind(), e.getMessage());
    }

    @Test
    void nothingListeningIsConnectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.32"))) {
            closedPort = s.getLocalPort();
        }
        try (AwsSession nowhere = TestConnections.session(TestConnections.pinned(TestConnections.VPCE, closedPort, REGION,
                List.of("127.0.0.32")), log)) {
            FlowDeckException e = assertThrows(FlowDeckException.class, () -> TestConnections.flows(nowhere).listFlows());

            assertEquals(FlowDeckException.Kind.UNREACHABLE, e.kind());
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
            assertTrue(last().attempts().stream().allMatch(a -> "connection refused".equals(a.error())));
        }
    }

    @Test
    void unpinnedNameNeverReachesTheSystemResolver() {
        try (AwsSession unpinned = TestConnections.session(new dev.flowdeck.aws.Connection("t", REGION,
                dev.flowdeck.net.EndpointUrl.loopbackDemo("http", "not-pinned.example.com", backend.port()), null,
                java.util.Map.of(), null, false, java.util.Map.of(), Timeouts.defaults(), dev.flowdeck.net.TlsTrust.jdkDefaults(),
                null, true), log)) {
            FlowDeckException e = assertThrows(FlowDeckException.class, () -> TestConnections.flows(unpinned).listFlows());

            assertEquals(FlowDeckException.Kind.DNS, e.kind());
            assertTrue(e.getMessage().contains("not-pinned.example.com"), e.getMessage());
        }
    }

    private CallRecord last() {
        List<CallRecord> all = log.snapshot();
        return all.get(all.size() - 1);
    }
}

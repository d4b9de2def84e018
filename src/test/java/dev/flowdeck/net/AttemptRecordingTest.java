package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.Attempt;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.mock.BlackHoleListener;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Case C4: several answers behind one name; the record shows every attempt and the address really used. */
class AttemptRecordingTest {
    private static final String REGION = "us-east-1";

    @Test
    void firstAnswerBlackHoledSecondAnswers() throws Exception {
        CallLog log = new CallLog();
        try (MockBackend backend = MockBackend.withDemoFlows(REGION, new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.12"), 0);
             BlackHoleListener hole = new BlackHoleListener("127.0.0.11", backend.port());
             AwsSession session = TestConnections.session(TestConnections.pinned(TestConnections.VPCE, backend.port(),
                     REGION, List.of("127.0.0.11", "127.0.0.12")), log)) {

            int flows = TestConnections.flows(session).listFlows().size();

            assertEquals(4, flows);
            CallRecord r = log.snapshot().get(0);
            assertEquals(List.of("127.0.0.11", "127.0.0.12"), r.dnsAnswers());
            assertEquals(2, r.attempts().size(), r.attempts().toString());
            Attempt first = r.attempts().get(0);
            assertEquals("127.0.0.11", first.targetAddress());
            assertFalse(first.connected());
            assertEquals("connect timed out", first.error());
            assertTrue(first.elapsedMs() >= 1800 && first.elapsedMs() < 4000, "about the 2 s connect timeout: " + first.elapsedMs());
            Attempt second = r.attempts().get(1);
            assertEquals("127.0.0.12", second.connectedAddress(), "taken from the socket");
            assertEquals(200, second.httpStatus());
            assertNull(second.error());
            assertEquals("127.0.0.12:" + backend.port(), r.connectedTo());
            assertEquals(PathVerdict.Kind.LOOPBACK_DEMO, r.path().kind());
            assertTrue(r.succeeded());
            assertEquals("127.0.0.12", backend.requests().entries().get(0).localAddress());
        }
    }

    @Test
    void aReusedConnectionIsMarkedReused() throws Exception {
        CallLog log = new CallLog();
        try (MockBackend backend = MockBackend.withDemoFlows(REGION, new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.13"), 0);
             AwsSession session = TestConnections.session(TestConnections.pinned(TestConnections.VPCE, backend.port(),
                     REGION, List.of("127.0.0.13")), log)) {
            var flows = TestConnections.flows(session);
            flows.listFlows();
            flows.listFlows();

            List<CallRecord> records = log.snapshot();
            assertEquals("new", records.get(0).connectionUse());
            assertEquals("reused", records.get(1).connectionUse());
        }
    }
}

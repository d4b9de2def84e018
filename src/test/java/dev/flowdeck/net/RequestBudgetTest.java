package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.service.FlowDeckException;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared request budget: a burst, then the steady rate; a call never waits past its limit. */
class RequestBudgetTest {

    @Test
    void aBurstThenWaitsThenRefusesPastTheDeadline() throws Exception {
        RequestBudget budget = new RequestBudget(1, 3);

        for (int i = 0; i < 3; i++) {
            assertTrue(budget.acquire(Duration.ZERO), "the burst is available at once");
        }
        assertFalse(budget.acquire(Duration.ofMillis(50)), "no token within 50 ms at 1 per second");
        assertTrue(budget.acquire(Duration.ofSeconds(2)), "the next token comes within a second");
    }

    @Test
    void everyMediaConnectCallOfASessionSharesTheBudget() throws Exception {
        try (MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.171"), 0);
             AwsSession session = new AwsSession(TestConnections.pinned(TestConnections.VPCE, backend.port(), "us-east-1",
                     List.of("127.0.0.171"), new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5),
                             Duration.ofMillis(300))), s -> TestConnections.credentials(), new CallLog(), new RequestBudget(0.5, 2))) {
            var flows = new dev.flowdeck.service.MediaConnectFlowService(session::mediaConnect,
                    new dev.flowdeck.service.ErrorMessages(TestConnections.bundle(), "us-east-1", "test"));
            flows.listFlows();
            flows.listFlows();

            FlowDeckException e = assertThrows(FlowDeckException.class, flows::listFlows,
                    "the third call within the burst window waits longer than its 300 ms call timeout and is refused");
            assertTrue(e.getMessage().contains("request budget"), e.getMessage());
            assertTrue(backend.requests().count("ListFlows") == 2, "the refused call never reached the service");
        }
    }
}

package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.BackendFixture;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting like the CLI's waiters: 3 s apart, 40 times; ACTIVE fails on STANDBY/ERROR, STANDBY fails on ERROR. */
class FlowWaiterTest {
    private final MutableClock clock = new MutableClock();
    private BackendFixture fixture;
    private MockBackend backend;
    private FlowService flows;

    @BeforeEach
    void start() throws Exception {
        fixture = BackendFixture.start("ap-northeast-1", "127.0.0.162", clock, Duration.ofSeconds(8));
        backend = fixture.backend;
        flows = fixture.flows;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void waitingForActiveEndsActive() throws Exception {
        String arn = arn("studio-b-rtp-fec");
        flows.startFlow(arn);

        FlowWaiter.Outcome o = new FlowWaiter(flows, Duration.ofSeconds(3), 40, clock::advance).waitFor(arn, FlowStatus.ACTIVE, d -> { });

        assertTrue(o.reached());
        assertEquals("ACTIVE", o.last().status());
        assertEquals(3, backend.requests().count("DescribeFlow"), "settles after 8 s: polls at 3, 6 and 9 s");
    }

    @Test
    void waitingForStandbyEndsStandby() throws Exception {
        String arn = arn("MediaConnectSRTFlow");
        flows.stopFlow(arn);

        FlowWaiter.Outcome o = new FlowWaiter(flows, Duration.ofSeconds(3), 40, clock::advance).waitFor(arn, FlowStatus.STANDBY, d -> { });

        assertTrue(o.reached());
        assertEquals("STANDBY", o.last().status());
    }

    @Test
    void aFlowThatGoesToErrorFailsTheWaitWithItsMessages() throws Exception {
        String arn = arn("studio-b-rtp-fec");
        flows.startFlow(arn);
        FlowWaiter waiter = new FlowWaiter(flows, Duration.ofSeconds(3), 40, d -> {
            clock.advance(d);
            backend.store().forceStatus(arn, "ERROR");
        });

        FlowWaiter.Outcome o = waiter.waitFor(arn, FlowStatus.ACTIVE, d -> { });

        assertFalse(o.reached());
        assertTrue(o.why().contains("ERROR"), o.why());
    }

    @Test
    void givesUpAfterTheLastPoll() throws Exception {
        String arn = arn("studio-b-rtp-fec");
        flows.startFlow(arn);

        FlowWaiter.Outcome o = new FlowWaiter(flows, Duration.ofSeconds(1), 3, clock::advance).waitFor(arn, FlowStatus.ACTIVE, d -> { });

        assertFalse(o.reached());
        assertTrue(o.why().contains("still STARTING after 3 checks"), o.why());
    }

    private String arn(String name) {
        return fixture.arn(name);
    }
}

package dev.flowdeck.support;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.service.MediaConnectFlowService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The usual test set-up: a demo backend on one loopback address and a session that reaches it through a pinned name. */
public final class BackendFixture implements AutoCloseable {
    public final MockBackend backend;
    public final CallLog log;
    public final AwsSession session;
    public final MediaConnectFlowService flows;

    private BackendFixture(MockBackend backend, CallLog log, AwsSession session) {
        this.backend = backend;
        this.log = log;
        this.session = session;
        this.flows = TestConnections.flows(session);
    }

    public static BackendFixture start(String region, String address, Clock clock, Duration settle, Timeouts timeouts) throws Exception {
        MockBackend backend = MockBackend.withDemoFlows(region, clock, settle).start(List.of(address), 0);
        String host = region.equals("ap-northeast-1") ? TestConnections.TOKYO_VPCE : TestConnections.VPCE;
        CallLog log = new CallLog();
        AwsSession session = TestConnections.session(TestConnections.pinned(host, backend.port(), region, List.of(address), timeouts), log);
        return new BackendFixture(backend, log, session);
    }

    public static BackendFixture start(String region, String address, Clock clock, Duration settle) throws Exception {
        return start(region, address, clock, settle, Timeouts.defaults());
    }

    /** The ARN of the flow with this name, from ListFlows. */
    public String arn(String name) {
        return flows.listFlows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().arn();
    }

    @Override
    public void close() {
        session.close();
        backend.close();
    }
}

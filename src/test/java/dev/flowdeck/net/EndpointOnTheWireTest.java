package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.mock.RequestLog;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case C1 on the wire: whatever form the endpoint was typed in, ListFlows goes out as
 * {@code GET /v1/flows} and the Host header carries no default port.
 */
class EndpointOnTheWireTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:80/", "http://localhost:80", "http://localhost/v1", "  localhost/v1/  "})
    void listFlowsGoesOutAsV1FlowsWithAPlainHost(String typed) throws Exception {
        MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5));
        try {
            backend.start(List.of("127.0.0.41"), 80);
        } catch (BindException e) {
            assumeTrue(false, "port 80 on 127.0.0.41 cannot be bound here (needs root): " + e.getMessage());
        }
        EndpointUrl endpoint = EndpointUrl.parse(typed);
        Connection connection = new Connection("c1", "us-east-1", endpoint, null,
                Map.of("localhost", List.of(InetAddress.getByName("127.0.0.41"))), null, false, Map.of(),
                Timeouts.defaults(), TlsTrust.jdkDefaults(), null, true);
        try (backend; AwsSession session = TestConnections.session(connection, new CallLog())) {
            TestConnections.flows(session).listFlows();

            RequestLog.Entry request = backend.requests().entries().get(0);
            assertEquals("/v1/flows", request.rawPath());
            assertEquals("localhost", request.hostHeader());
            assertEquals("http://localhost", endpoint.toString());
        }
    }
}

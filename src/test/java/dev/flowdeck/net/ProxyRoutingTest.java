package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.mock.DemoCertificate;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.support.ConnectProxy;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Case C3: HTTPS_PROXY with NO_PROXY written the usual way, decided where the IP is picked. */
class ProxyRoutingTest {
    private static final String VPCE = TestConnections.VPCE;
    private DemoCertificate certificate;
    private MockBackend backend;
    private ConnectProxy proxy;

    @BeforeEach
    void start() throws Exception {
        certificate = DemoCertificate.forNames(List.of(VPCE));
        backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.111"), 0, certificate.serverContext());
        proxy = new ConnectProxy("127.0.0.1", Map.of(VPCE, "127.0.0.111"), "noc", "s3cret");
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        backend.close();
    }

    @Test
    void noProxyWithALeadingDotGoesStraightToTheEndpoint() throws Exception {
        CallRecord r = listOnce(Map.of("HTTPS_PROXY", "http://noc:s3cret@127.0.0.1:" + proxy.port(),
                "NO_PROXY", "localhost, .vpce.amazonaws.com,.example.com"));

        assertEquals(List.of(), proxy.connects(), "the proxy saw no CONNECT");
        assertEquals("proxy bypassed (NO_PROXY .vpce.amazonaws.com)", r.route());
        assertEquals("127.0.0.111:" + backend.port(), r.connectedTo());
    }

    @Test
    void withoutABypassTheCallTunnelsThroughTheProxyAndSaysSo() throws Exception {
        CallRecord r = listOnce(Map.of("HTTPS_PROXY", "http://noc:s3cret@127.0.0.1:" + proxy.port(), "NO_PROXY", "localhost"));

        assertEquals(List.of(VPCE + ":" + backend.port()), proxy.connects());
        assertEquals("via proxy 127.0.0.1:" + proxy.port(), r.route());
        assertEquals("127.0.0.1:" + proxy.port(), r.connectedTo(), "connected to the proxy, never the backend from a lookup");
        assertEquals(PathVerdict.Kind.PROXY, r.path().kind());
        assertTrue(r.dnsAnswers().isEmpty(), "the name was resolved by the proxy, not by FlowDeck");
        assertEquals("127.0.0.1", backend.requests().entries().get(0).remoteAddress(), "the backend saw the proxy");
    }

    @Test
    void noProxyEntriesMatchTheWayCurlDoes() {
        ProxySettings p = ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "proxy.corp:3128",
                "NO_PROXY", " localhost, .vpce.amazonaws.com ,example.com,*.internal ")).orElseThrow();

        assertEquals("proxy.corp:3128", p.address());
        assertTrue(p.bypassEntry("a.b.vpce.amazonaws.com").isPresent());
        assertTrue(p.bypassEntry("example.com").isPresent());
        assertTrue(p.bypassEntry("api.example.com").isPresent());
        assertTrue(p.bypassEntry("svc.internal").isPresent());
        assertTrue(p.bypassEntry("mediaconnect.us-east-1.amazonaws.com").isEmpty());
        assertTrue(p.bypassEntry("notexample.com").isEmpty());
        assertEquals("proxy proxy.corp:3128", p.toString());
    }

    private CallRecord listOnce(Map<String, String> env) throws Exception {
        ProxySettings settings = ProxySettings.fromEnvironment(env).orElseThrow();
        Connection c = new Connection("c3", "us-east-1", EndpointUrl.parse("https://" + VPCE + ":" + backend.port()), null,
                Map.of(VPCE, List.of(InetAddress.getByName("127.0.0.111"))), null, false, Map.of(), Timeouts.defaults(),
                TlsTrust.only(certificate.certificate()), settings, false);
        CallLog log = new CallLog();
        try (AwsSession session = TestConnections.session(c, log)) {
            assertEquals(4, TestConnections.flows(session).listFlows().size());
        }
        return log.snapshot().get(0);
    }
}

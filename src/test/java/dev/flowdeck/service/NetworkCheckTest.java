package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.mock.BlackHoleListener;
import dev.flowdeck.mock.Fault;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network panel's chain end to end on the demo: SDK to EC2, real TLS probes, verdicts in words. */
class NetworkCheckTest {

    @Test
    void afterTheEndpointTrafficIsPrivateViaBothEnis() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            CallLog log = new CallLog();
            try (AwsSession session = new AwsSession(demo.connection(), demo.credentials(), log)) {
                NetworkReport report = check(session);

                assertTrue(report.verdict().healthy(), report.verdict().toString());
                assertEquals("Private via vpce-0a1b2c3d4e5f67890 (AZ a and c)", report.verdict().headline());
                assertEquals(2, report.addresses().size());
                assertTrue(report.addresses().stream().allMatch(a -> "TLSv1.3".equals(a.probe().tlsVersion())
                        && Boolean.TRUE.equals(a.probe().certificateMatchesHost())));
                assertEquals(1, report.inventory().endpoints().size());

                // Every later call is joined with the inventory: which ENI, which AZ, which endpoint.
                TestFlows.list(session);
                CallRecord last = log.snapshot().get(log.snapshot().size() - 1);
                assertTrue(last.path().label().matches("demo · eni-0(aaaa1111bbbb2222 · ap-northeast-1a|cccc3333dddd4444 · ap-northeast-1c)"
                        + " · vpce-0a1b2c3d4e5f67890"), last.path().label());
            }
        }
    }

    @Test
    void beforeTheEndpointThePublicAddressIsNamedWithTheFix() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.BEFORE, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            NetworkReport report = check(session);

            assertFalse(report.verdict().healthy());
            assertTrue(report.verdict().headline().contains("public addresses that this machine cannot reach (127.0.0.4)"),
                    report.verdict().headline());
            assertTrue(report.verdict().advice().contains("Create an interface VPC endpoint for com.amazonaws.ap-northeast-1.mediaconnect"));
            assertEquals(PathVerdict.Kind.PUBLIC, report.addresses().get(0).path().kind());
            assertFalse(report.addresses().get(0).probe().tcpOk());
            assertTrue(report.elapsedMs() < 10_000, "bounded: " + report.elapsedMs());
        }
    }

    @Test
    void anEndpointOfAnotherRegionIsExplained() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            Connection tokyo = demo.connection();
            Connection wrong = new Connection("x", "us-east-1", tokyo.mediaConnectEndpoint(), tokyo.ec2Endpoint(), tokyo.pins(),
                    null, false, tokyo.addressRoles(), tokyo.timeouts(), tokyo.trust(), null, true);
            try (AwsSession session = new AwsSession(wrong, demo.credentials(), new CallLog())) {
                Verdict v = check(session).verdict();

                assertFalse(v.healthy());
                assertEquals("The endpoint is in ap-northeast-1 but the connection's region is us-east-1", v.headline());
                assertTrue(v.advice().contains("cross-region is not supported"), v.advice());
            }
        }
    }

    @Test
    void anIpTypedAsTheEndpointIsRefusedWithThePinAdvice() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            Connection tokyo = demo.connection();
            Connection typedIp = tokyo.withMediaConnectEndpoint(EndpointUrl.parse("https://127.0.0.2:" + tokyo.mediaConnectPort()));
            try (AwsSession session = new AwsSession(typedIp, demo.credentials(), new CallLog())) {
                NetworkReport report = check(session);

                assertTrue(report.verdict().headline().contains("certificate cannot match an IP"), report.verdict().headline());
                assertTrue(report.verdict().advice().contains("--pin"), report.verdict().advice());
                assertFalse(report.verdict().advice().toLowerCase().contains("disable"));
                assertEquals(Boolean.FALSE, report.addresses().get(0).probe().certificateMatchesHost());
            }
        }
    }

    @Test
    void enisThatDoNotAnswerPointAtTheSecurityGroup() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             BlackHoleListener hole = new BlackHoleListener("127.0.0.122", 0)) {
            Connection tokyo = demo.connection();
            String host = "vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";
            // The ENI names resolve, but port 443 (here: the black hole's port) never answers.
            Connection silent = new Connection("sg", tokyo.region(), EndpointUrl.loopbackDemo("https", host, hole.port()),
                    tokyo.ec2Endpoint(), Map.of(host, List.of(IpLiteral.parse("127.0.0.122").orElseThrow()),
                    tokyo.ec2Endpoint().host(), tokyo.pins().get(tokyo.ec2Endpoint().host())), null, false, tokyo.addressRoles(),
                    tokyo.timeouts(), tokyo.trust(), null, true);
            try (AwsSession session = new AwsSession(silent, demo.credentials(), new CallLog())) {
                Verdict v = check(session).verdict();

                assertFalse(v.healthy());
                assertTrue(v.headline().contains("do not answer on port " + hole.port()), v.headline());
                assertTrue(v.advice().contains("security group (sg-0123abcd4567ef890)"), v.advice());
            }
        }
    }

    @Test
    void withoutEc2PermissionTheCheckCarriesOnAndSaysWhatIsMissing() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             AwsSession session = new AwsSession(demo.connection(), demo.credentials(), new CallLog())) {
            demo.backend().faults().arm("DescribeVpcEndpoints", Fault.accessDenied(-1));

            NetworkReport report = check(session);

            assertFalse(report.inventory().known());
            assertTrue(report.inventory().problem().contains("ec2:DescribeVpcEndpoints"), report.inventory().problem());
            assertEquals(2, report.addresses().size(), "DNS and reachability still ran");
            assertTrue(report.verdict().healthy(), "both addresses answer with a matching certificate");
            assertTrue(report.verdict().headline().startsWith("Private via private addresses")
                    || report.verdict().headline().startsWith("Private via"), report.verdict().headline());
        }
    }

    @Test
    void aRefusedPortIsNotBlamedOnTheSecurityGroup() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            int closed;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.123"))) {
                closed = s.getLocalPort();
            }
            Connection tokyo = demo.connection();
            String host = tokyo.mediaConnectHost();
            Connection refused = new Connection("refused", tokyo.region(), EndpointUrl.loopbackDemo("https", host, closed),
                    tokyo.ec2Endpoint(), Map.of(host, List.of(IpLiteral.parse("127.0.0.123").orElseThrow()),
                    tokyo.ec2Endpoint().host(), tokyo.pins().get(tokyo.ec2Endpoint().host())), null, false, tokyo.addressRoles(),
                    tokyo.timeouts(), tokyo.trust(), null, true);
            try (AwsSession session = new AwsSession(refused, demo.credentials(), new CallLog())) {
                Verdict v = check(session).verdict();

                assertTrue(v.headline().contains("refused the connection on port " + closed), v.headline());
                assertFalse(v.advice().contains("security group ("), v.advice());
            }
        }
    }

    @Test
    void plainHttpOnAnHttpsEndpointIsSaidPlainly() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
             dev.flowdeck.mock.MockBackend plain = dev.flowdeck.mock.MockBackend.withDemoFlows("ap-northeast-1",
                     java.time.Clock.systemUTC(), Duration.ofSeconds(4)).start(List.of("127.0.0.124"), 0)) {
            Connection tokyo = demo.connection();
            String host = tokyo.mediaConnectHost();
            Connection https = new Connection("plain", tokyo.region(), EndpointUrl.loopbackDemo("https", host, plain.port()),
                    tokyo.ec2Endpoint(), Map.of(host, List.of(IpLiteral.parse("127.0.0.124").orElseThrow()),
                    tokyo.ec2Endpoint().host(), tokyo.pins().get(tokyo.ec2Endpoint().host())), null, false, tokyo.addressRoles(),
                    tokyo.timeouts(), tokyo.trust(), null, true);
            try (AwsSession session = new AwsSession(https, demo.credentials(), new CallLog())) {
                Verdict v = check(session).verdict();

                assertTrue(v.headline().contains("answered without TLS"), v.headline());
                assertFalse(v.advice().contains("--ca-bundle"), v.advice());
            }
        }
    }

    private static NetworkReport check(AwsSession session) {
        return new NetworkCheck(session, new EndpointInventoryService(session::ec2, session.connection().region())).run();
    }

    /** Lists flows through the session's MediaConnect client. */
    static final class TestFlows {
        static void list(AwsSession session) {
            session.mediaConnect().listFlows(r -> r.maxResults(1000));
        }
    }
}

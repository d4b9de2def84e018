package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.domain.EndpointOffer;
import dev.flowdeck.mock.Ec2Data;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import dev.flowdeck.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Case C2: choosing the endpoint name from DescribeVpcEndpoints, read through the SDK's EC2 client. */
class EndpointInventoryTest {
    private static final String EC2_HOST = "ec2.us-east-1.amazonaws.com";

    @Test
    void offersOnlyMediaConnectInterfaceEndpointsWithTheRegionalNameByShape() throws Exception {
        try (MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .withEc2(Ec2Data.caseC2()).start(List.of("127.0.0.131"), 0)) {
            EndpointInventory inventory = inventory(backend);

            assertTrue(inventory.known(), inventory.problem());
            List<EndpointOffer> offers = EndpointOffer.offers(inventory.endpoints(), "com.amazonaws.us-east-1.mediaconnect");
            assertEquals(2, offers.size(), "the S3 gateway endpoint is never offered");

            EndpointOffer available = offers.get(0);
            assertTrue(available.choosable());
            assertEquals("vpce-0123456789abcdef0-abcdefgh.mediaconnect.us-east-1.vpce.amazonaws.com", available.choices().get(0).dnsName());
            assertTrue(available.choices().get(0).regional());
            assertEquals(List.of("zonal · us-east-1a", "zonal · us-east-1b"),
                    available.choices().subList(1, 3).stream().map(EndpointOffer.Choice::label).toList());
            assertEquals(3, available.choices().size(), "the private DNS name is not an override choice");
            assertEquals(2, available.endpoint().enis().size());
            assertEquals("us-east-1a", available.endpoint().enis().get(0).availabilityZone());

            EndpointOffer pending = offers.get(1);
            assertFalse(pending.choosable());
            assertTrue(pending.whyNot().contains("pending"));
            assertTrue(pending.choices().stream().noneMatch(c -> c.dnsName().startsWith("*.")), "a wildcard is never offered");
            writeContractBodies(backend);
        }
    }

    private static EndpointInventory inventory(MockBackend backend) throws Exception {
        Connection c = new Connection("c2", "us-east-1", null, EndpointUrl.loopbackDemo("http", EC2_HOST, backend.port()),
                Map.of(EC2_HOST, List.of(IpLiteral.parse("127.0.0.131").orElseThrow())), null, false, Map.of(),
                Timeouts.defaults(), TlsTrust.jdkDefaults(), null, true);
        try (AwsSession session = dev.flowdeck.support.TestConnections.session(c, new CallLog())) {
            return new EndpointInventoryService(session::ec2, "us-east-1").inventory();
        }
    }

    /** The EC2 bodies of this case, for .ci/run's check against botocore's model. */
    private static void writeContractBodies(MockBackend backend) throws Exception {
        Path dir = Path.of(System.getProperty("flowdeck.contract.dir", "target/contract"), "ec2");
        var http = java.net.http.HttpClient.newBuilder().proxy(java.net.http.HttpClient.Builder.NO_PROXY).build();
        for (String action : List.of("DescribeVpcEndpoints", "DescribeNetworkInterfaces")) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.131:" + backend.port() + "/"))
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIATESTFLOWDECK0001/20261203/us-east-1/ec2/aws4_request, "
                            + "SignedHeaders=host, Signature=0000")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2016-11-15")).build();
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            Files.createDirectories(dir.resolve(action));
            Files.writeString(dir.resolve(action).resolve("case-c2.xml"), response.body());
        }
    }
}

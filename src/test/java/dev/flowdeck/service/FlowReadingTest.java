package dev.flowdeck.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.SourceInfo;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.support.BackendFixture;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every part of DescribeFlow read through the SDK: each source protocol, odd bodies, monitoring, entitlements. */
class FlowReadingTest {
    private BackendFixture fixture;
    private MockBackend backend;
    private FlowService flows;

    @BeforeEach
    void start() throws Exception {
        fixture = BackendFixture.start("ap-northeast-1", "127.0.0.161", new MutableClock(), Duration.ofSeconds(5));
        backend = fixture.backend;
        flows = fixture.flows;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void eachProtocolShowsItsOwnFields() {
        SourceInfo srtCaller = source("tokyo-news-srt-caller");
        assertEquals("srt-caller", srtCaller.protocol());
        assertEquals("203.0.113.40", srtCaller.listenerAddress());
        assertEquals("2000 ms", srtCaller.protocolDetails().get("min latency"));
        assertEquals("news-caller", srtCaller.protocolDetails().get("stream id"));

        SourceInfo zixi = source("osaka-relay-zixi");
        assertEquals("zixi-push", zixi.protocol());
        assertEquals(2088, zixi.ingestPort());
        assertEquals("6000 ms", zixi.protocolDetails().get("max latency"));

        assertEquals("rist", source("sports-rist-main").protocol());
        assertEquals("rtp-fec", source("studio-b-rtp-fec").protocol());

        FlowDetail cdi = detail("cdi-jpegxs-uhd");
        assertEquals("cdi", cdi.sources().get(0).protocol());
        assertEquals("video (jxsv), audio (pcm)", cdi.sources().get(0).protocolDetails().get("media streams"));
        assertEquals(2, cdi.mediaStreams().size());
        assertTrue(cdi.mediaStreams().get(0).contains("2160p"), cdi.mediaStreams().get(0));
        assertEquals(List.of("eni-0d2e3f4a5b6c79783"), cdi.vpcInterfaces().get(0).networkInterfaceIds());

        FlowDetail jxs = detail("st2110-jxs-studio");
        assertEquals("st2110-jpegxs", jxs.sources().get(0).protocol());
        assertEquals("studio-a-vpc", jxs.sources().get(0).vpcInterfaceName());

        SourceInfo entitled = source("partner-feed-entitled");
        assertTrue(entitled.entitled());
        assertNull(entitled.ingestIp());
        assertNull(entitled.ingestPort());
        assertEquals("444455556666", entitled.grantingAccount());
    }

    @Test
    void maintenanceAndMonitoringAreRead() {
        FlowDetail news = detail("tokyo-news-srt-caller");

        assertEquals("Tuesday", news.maintenance().day());
        assertEquals("2026-12-22", news.maintenance().deadline());
        assertEquals("MEDIUM", news.flowSize());
        assertTrue(news.thumbnailsPossible());
        assertFalse(detail("studio-b-rtp-fec").thumbnailsPossible());
    }

    @Test
    void oddButValidBodiesRender() throws Exception {
        ObjectNode odd = (ObjectNode) new ObjectMapper().readTree("""
                {"availabilityZone": "ap-northeast-1a", "entitlements": [],
                 "flowArn": "arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-ODDODDODDODDODDO-000000000000:odd-flow",
                 "name": "odd-flow", "outputs": [{"name": "bare", "outputArn": "arn:aws:mediaconnect:ap-northeast-1:123456789012:output:1-ODD:bare"}],
                 "source": {"name": "bare-source", "sourceArn": "arn:aws:mediaconnect:ap-northeast-1:123456789012:source:1-ODD:bare-source"},
                 "status": "MAINTENANCE_WINDOW"}""");
        backend.store().add(odd);

        FlowDetail d = flows.describeFlow(odd.get("flowArn").asText());

        assertEquals("MAINTENANCE_WINDOW", d.status(), "an unknown status keeps its raw text");
        assertEquals(FlowStatus.UNKNOWN, d.statusKind());
        assertNull(d.description());
        assertNull(d.egressIp());
        assertNull(d.sources().get(0).protocol());
        assertNull(d.outputs().get(0).port());
        assertEquals("ap-northeast-1", d.parsedArn().region());
        assertTrue(flows.listFlows().stream().anyMatch(f -> f.name().equals("odd-flow") && f.statusKind() == FlowStatus.UNKNOWN));
    }

    @Test
    void sourceMetadataAndThumbnailOnlyWhileActive() throws Exception {
        String active = arn("tokyo-news-srt-caller");
        var metadata = flows.sourceMetadata(active);
        assertTrue(metadata.streams().stream().anyMatch(l -> l.contains("1920×1080") && l.contains("h264")), metadata.streams().toString());
        var thumbnail = flows.thumbnail(active);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(thumbnail.jpeg())), "a real JPEG");
        assertNotNull(thumbnail.timecode());

        String standby = arn("studio-b-rtp-fec");
        assertTrue(flows.sourceMetadata(standby).messages().get(0).startsWith("FLOW_NOT_ACTIVE"));
        assertNull(flows.thumbnail(standby).jpeg());
    }

    @Test
    void grantedEntitlementsNameTheGrantingAccount() {
        var granted = flows.grantedEntitlements();

        assertEquals(1, granted.size());
        assertEquals("partner-news", granted.get(0).name());
        assertEquals("444455556666", granted.get(0).grantingAccount());
    }

    private SourceInfo source(String name) {
        return detail(name).sources().get(0);
    }

    private FlowDetail detail(String name) {
        return flows.describeFlow(arn(name));
    }

    private String arn(String name) {
        return flows.listFlows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().arn();
    }
}

package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.support.Dnsmasq;
import dev.flowdeck.support.ExternalTools;
import dev.flowdeck.support.MutableClock;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FlowDeck's DNS client against a real DNS server (dnsmasq on loopback) playing the Tokyo scenario's
 * records. Addresses such as 13.33.x and 10.213.x are data here: nothing connects to them.
 */
class DnsServerTest {
    private static final String SERVICE = "mediaconnect.ap-northeast-1.amazonaws.com";
    private static final String VPCE = "vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";

    @Test
    void beforeAndAfterTheEndpointWithTtls() throws Exception {
        Path binary = ExternalTools.require("dnsmasq");
        Map<String, List<String>> before = Map.of(SERVICE, List.of("13.33.210.24", "13.33.210.72", "13.33.210.102", "13.33.210.75"));
        try (Dnsmasq dns = new Dnsmasq(binary, "127.0.0.153", before, 11).start()) {
            DnsClient client = new DnsClient(new InetSocketAddress(dns.address(), dns.port()), Duration.ofSeconds(2), new MutableClock());

            DnsAnswer answer = client.query(SERVICE);

            assertEquals("NOERROR", answer.status());
            assertEquals(4, answer.records().size());
            assertTrue(answer.records().stream().allMatch(r -> r.ttlSeconds() == 11), answer.records().toString());
            assertEquals("127.0.0.153:" + dns.port(), answer.server());
            assertEquals("NXDOMAIN", client.query("nothing-here.example.com").status());
        }
        Map<String, List<String>> after = Map.of(SERVICE, List.of("10.213.21.5", "10.213.22.174"), VPCE, List.of("10.213.21.5", "10.213.22.174"));
        try (Dnsmasq dns = new Dnsmasq(binary, "127.0.0.153", after, 60).start()) {
            DnsClient client = new DnsClient(new InetSocketAddress(dns.address(), dns.port()), Duration.ofSeconds(2), new MutableClock());

            Resolution r = client.resolve(VPCE);

            assertEquals(List.of("10.213.21.5", "10.213.22.174"), r.addressTexts().stream().sorted().toList());
            assertTrue(r.source().startsWith("DNS 127.0.0.153:"));
        }
    }

    /** Case C5: during an outage lookups fail; after it, the first lookup past the short negative TTL works. */
    @Test
    void aDnsOutageDoesNotStickAfterItEnds() throws Exception {
        Path binary = ExternalTools.require("dnsmasq");
        MutableClock clock = new MutableClock();
        try (Dnsmasq dns = new Dnsmasq(binary, "127.0.0.154", Map.of(VPCE, List.of("127.0.0.2", "127.0.0.3")), 60)) {
            DnsClient client = new DnsClient(new InetSocketAddress(dns.address(), dns.port()), Duration.ofMillis(500), clock);

            UnknownHostException down = assertThrows(UnknownHostException.class, () -> client.resolve(VPCE));
            assertTrue(down.getMessage().contains("UNREACHABLE") || down.getMessage().contains("TIMEOUT"), down.getMessage());

            dns.start();
            assertThrows(UnknownHostException.class, () -> client.resolve(VPCE), "a failure is cached, but only briefly");
            clock.advance(DnsClient.NEGATIVE_TTL.plusMillis(1));
            assertEquals(2, client.resolve(VPCE).addresses().size(), "works again without a restart");
            assertFalse(client.cachePolicy().isBlank());
        }
    }
}

package dev.flowdeck.service;

import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.net.DnsAnswer;
import java.util.List;

/** Everything one network check found, and its verdict. */
public record NetworkReport(String region, String endpoint, String host, int port, List<DnsAnswer> lookups,
                            EndpointInventory inventory, List<AddressCheck> addresses, Verdict verdict,
                            String dnsCachePolicy, String route, long elapsedMs) {
}

package dev.flowdeck.service;

import dev.flowdeck.net.JvmDnsCache;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.net.DnsAnswer;
import dev.flowdeck.net.DnsClient;
import dev.flowdeck.net.DnsRecord;
import dev.flowdeck.net.HostResolver;
import dev.flowdeck.net.ProbeResult;
import dev.flowdeck.net.ReachabilityProbe;
import dev.flowdeck.net.Resolution;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The network panel's and {@code doctor}'s one chain: DNS for the endpoint, EC2's endpoint
 * inventory (in parallel), every answer probed at once, each address joined with the inventory,
 * and a verdict. Bounded: the probes' connect timeout and an inventory deadline.
 */
public final class NetworkCheck {
    static final Duration PROBE_CONNECT = Duration.ofMillis(1000);
    static final Duration INVENTORY_DEADLINE = Duration.ofSeconds(8);

    private final AwsSession session;
    private final EndpointInventoryService inventory;
    private final ReachabilityProbe probe;

    public NetworkCheck(AwsSession session, EndpointInventoryService inventory) {
        this.session = session;
        this.inventory = inventory;
        this.probe = new ReachabilityProbe(session.connection().trust(), PROBE_CONNECT, Duration.ofSeconds(2));
    }

    public NetworkReport run() {
        long start = System.nanoTime();
        Connection c = session.connection();
        CompletableFuture<EndpointInventory> endpoints = CompletableFuture.supplyAsync(inventory::inventory)
                .completeOnTimeout(EndpointInventory.unavailable("EC2 did not answer within " + INVENTORY_DEADLINE.toSeconds() + " s"),
                        INVENTORY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> EndpointInventory.unavailable("Could not read the endpoint inventory: " + e.getMessage()));
        String host = c.mediaConnectHost();
        List<DnsAnswer> lookups = new ArrayList<>();
        DnsAnswer main = lookup(host);
        lookups.add(main);
        boolean https = c.mediaConnectEndpoint() == null || c.mediaConnectEndpoint().isHttps();
        List<ProbeResult> probes = probe.probeAll(host, c.mediaConnectPort(), main.addresses(), https);
        ProbeResult proxyProbe = null;
        String route = "direct";
        if (c.proxy() != null) {
            var bypass = c.proxy().bypassEntry(host);
            route = bypass.map(e -> "proxy bypassed (NO_PROXY " + e + ")").orElse("via proxy " + c.proxy().address());
            if (bypass.isEmpty()) {
                proxyProbe = proxyProbe(c);
            }
        }
        if (!host.equals(c.defaultMediaConnectHost())) {
            lookups.add(lookup(c.defaultMediaConnectHost()));
        }
        EndpointInventory found = endpoints.join();
        session.classifier().useInventory(found);
        List<AddressCheck> checks = new ArrayList<>(probes.stream()
                .map(p -> new AddressCheck(p.address(), session.classifier().classify(p.address()), p)).toList());
        if (proxyProbe != null) {
            checks.add(new AddressCheck(proxyProbe.address(), new dev.flowdeck.domain.PathVerdict(
                    dev.flowdeck.domain.PathVerdict.Kind.PROXY, "the HTTPS proxy MediaConnect calls go through"), proxyProbe));
        }
        Verdict verdict = PathDiagnosis.diagnose(c, lookups, found, checks);
        return new NetworkReport(c.region(), c.endpointText(), host, c.mediaConnectPort(), List.copyOf(lookups), found,
                List.copyOf(checks), verdict, dnsCachePolicy(), route, (System.nanoTime() - start) / 1_000_000);
    }

    private ProbeResult proxyProbe(Connection c) {
        try {
            String address = session.resolver().resolve(c.proxy().host()).addressTexts().get(0);
            return probe.probe(c.proxy().host(), c.proxy().port(), address, false);
        } catch (UnknownHostException e) {
            return new ProbeResult(c.proxy().host(), c.proxy().port(), false, 0, e.getMessage(), null, null, null,
                    ProbeResult.Outcome.TCP_FAILED);
        }
    }

    /** A lookup like dig: through the chosen DNS server when there is one, else pins and the system resolver. */
    public DnsAnswer lookup(String name) {
        HostResolver resolver = session.resolver();
        if (dev.flowdeck.net.IpLiteral.isLiteral(name)) {
            return new DnsAnswer(name, "address literal", "NOERROR", List.of(new DnsRecord(name, -1)), 0, null);
        }
        DnsClient server = resolver.dnsServer();
        if (server != null && !resolver.pins().containsKey(name.toLowerCase())) {
            return server.query(name);
        }
        long start = System.nanoTime();
        try {
            Resolution r = resolver.resolve(name);
            return new DnsAnswer(r.host(), r.source(), "NOERROR",
                    r.addressTexts().stream().map(a -> new DnsRecord(a, -1)).toList(), r.elapsedMs(), null);
        } catch (UnknownHostException e) {
            boolean pinsOnly = resolver.dnsServer() == null && !resolver.systemResolverAllowed();
            return new DnsAnswer(name, pinsOnly ? "pins only" : resolver.dnsServer() == null ? "system resolver" : "pins",
                    pinsOnly ? "NOT_LOOKED_UP" : "FAILED", List.of(), (System.nanoTime() - start) / 1_000_000,
                    pinsOnly ? "this connection resolves pinned names only" : e.getMessage());
        }
    }

    public String dnsCachePolicy() {
        DnsClient server = session.resolver().dnsServer();
        return JvmDnsCache.describe() + (server == null ? "" : "; FlowDeck's cache for " + server.serverText() + ": " + server.cachePolicy());
    }
}

package dev.flowdeck.service;

import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.EndpointInventory;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.domain.VpcEndpointInfo;
import dev.flowdeck.net.DnsAnswer;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a network check found into one verdict in plain words with the evidence under it.
 * The rules are ordered from "you typed something that cannot work" to "all good".
 */
public final class PathDiagnosis {
    private static final Pattern REGION_IN_HOST =
            Pattern.compile("(?:\\.|^)mediaconnect\\.([a-z]{2}(?:-[a-z]+)+-\\d)\\.(?:vpce\\.)?amazonaws\\.com$");

    private PathDiagnosis() {
    }

    public static Verdict diagnose(Connection connection, List<DnsAnswer> lookups, EndpointInventory inventory,
                                   List<AddressCheck> checks) {
        String host = connection.mediaConnectHost();
        int port = connection.mediaConnectPort();
        DnsAnswer dns = lookups.get(0);
        List<String> evidence = evidence(lookups, inventory, checks);

        if (IpLiteral.isLiteral(host) && (connection.mediaConnectEndpoint() == null || connection.mediaConnectEndpoint().isHttps())) {
            return new Verdict(false, "An IP address (" + host + ") was typed as the endpoint: its certificate cannot match an IP",
                    "Type the endpoint's DNS name and pin that name to this IP (--pin NAME=" + host
                            + "); certificate checks stay on.", evidence);
        }
        Optional<String> hostRegion = regionOf(host);
        if (hostRegion.isPresent() && !hostRegion.get().equals(connection.region())) {
            return new Verdict(false, "The endpoint is in " + hostRegion.get() + " but the connection's region is "
                    + connection.region(), "Interface endpoints serve only their own region (cross-region is not supported): "
                    + "set the region to " + hostRegion.get() + ", or use an endpoint in " + connection.region() + ".", evidence);
        }
        if (!dns.ok()) {
            return new Verdict(false, "DNS lookup failed for " + host + ": " + dns.statusText(), dnsAdvice(connection, inventory), evidence);
        }
        List<AddressCheck> publicOnes = checks.stream().filter(c -> c.path().kind() == PathVerdict.Kind.PUBLIC).toList();
        List<AddressCheck> answering = checks.stream().filter(c -> c.probe().tcpOk()).toList();
        Optional<VpcEndpointInfo> usable = inventory.endpoints().stream().filter(VpcEndpointInfo::available).findFirst();
        String useIt = usable.flatMap(VpcEndpointInfo::regionalName)
                .map(n -> " The interface endpoint " + usable.get().id() + " exists: use https://" + n + " as the endpoint override.")
                .orElse("");
        if (!publicOnes.isEmpty() && publicOnes.size() == checks.size() && answering.isEmpty()) {
            return new Verdict(false, host + " resolves to public addresses that this machine cannot reach (" + addresses(publicOnes) + ")",
                    "Create an interface VPC endpoint for com.amazonaws." + connection.region() + ".mediaconnect, or set an endpoint override."
                            + useIt, evidence);
        }
        if (!publicOnes.isEmpty()) {
            return new Verdict(false, "Control traffic goes over public addresses (" + addresses(publicOnes) + ")",
                    useIt.isEmpty() ? "Create an interface VPC endpoint to keep MediaConnect calls private." : useIt.strip(), evidence);
        }
        Optional<AddressCheck> proxyDown = checks.stream().filter(c -> c.path().kind() == PathVerdict.Kind.PROXY && !c.probe().tcpOk()).findFirst();
        if (proxyDown.isPresent()) {
            return new Verdict(false, "The proxy " + proxyDown.get().address() + ":" + proxyDown.get().probe().port() + " "
                    + (proxyDown.get().probe().outcome() == ProbeResult.Outcome.REFUSED ? "refused the connection" : "does not answer"),
                    "Check HTTPS_PROXY, or add the endpoint to NO_PROXY (e.g. .vpce.amazonaws.com) if it should be reached directly.", evidence);
        }
        Optional<AddressCheck> mismatch = checks.stream().filter(c -> Boolean.FALSE.equals(c.probe().certificateMatchesHost())).findFirst();
        if (mismatch.isPresent()) {
            return new Verdict(false, "The certificate at " + mismatch.get().address() + " does not match " + host,
                    "Use the endpoint's own DNS name (pin it to an ENI address if needed); never turn certificate checks off.", evidence);
        }
        Optional<AddressCheck> plain = answering.stream().filter(c -> c.probe().outcome() == ProbeResult.Outcome.NOT_TLS).findFirst();
        if (plain.isPresent()) {
            return new Verdict(false, "The server at " + plain.get().address() + ":" + port + " answered without TLS (plain HTTP?)",
                    "Check the endpoint's port and scheme: AWS endpoints speak HTTPS on 443.", evidence);
        }
        Optional<AddressCheck> untrusted = answering.stream().filter(c -> c.probe().tlsError() != null).findFirst();
        if (untrusted.isPresent() && answering.stream().allMatch(c -> c.probe().tlsError() != null)) {
            boolean notTrusted = untrusted.get().probe().outcome() == ProbeResult.Outcome.UNTRUSTED;
            return new Verdict(false, "TLS with " + host + " fails: " + untrusted.get().probe().tlsError(),
                    notTrusted ? "If a proxy or firewall inspects TLS, add its CA with --ca-bundle or AWS_CA_BUNDLE."
                            : "Check that the endpoint is an AWS endpoint and that nothing between here and it alters TLS.", evidence);
        }
        List<AddressCheck> silent = checks.stream().filter(c -> c.path().kind() != PathVerdict.Kind.PROXY && !c.probe().tcpOk()).toList();
        if (answering.isEmpty() && !silent.isEmpty() && silent.stream().allMatch(c -> c.probe().outcome() == ProbeResult.Outcome.REFUSED)) {
            return new Verdict(false, addresses(silent) + " refused the connection on port " + port + ": nothing listens there",
                    "Check the endpoint URL and port. (A security group drops packets silently; a refusal means the address answered.)", evidence);
        }
        if (answering.isEmpty()) {
            return new Verdict(false, "The endpoint's addresses (" + addresses(checks) + ") do not answer on port " + port,
                    "Check that the endpoint's security group " + securityGroups(inventory) + "allows TCP " + port
                            + " from this network, and that the VPN/Direct Connect routes reach its subnets.", evidence);
        }
        String where = where(answering, inventory);
        if (!silent.isEmpty()) {
            return new Verdict(false, "Private via " + where + ", but " + addresses(silent) + " does not answer on port " + port,
                    "Calls still work through the addresses that answer. Check the security group and routes for "
                            + zones(silent, inventory) + ".", evidence);
        }
        String advice = inventory.known() ? "" : "Note: " + inventory.problem();
        return new Verdict(true, "Private via " + where, advice, evidence);
    }

    private static String where(List<AddressCheck> answering, EndpointInventory inventory) {
        List<EndpointInventory.EniMatch> matches = answering.stream().map(c -> inventory.match(c.address()))
                .flatMap(Optional::stream).toList();
        if (matches.isEmpty()) {
            boolean loopback = answering.stream().allMatch(c -> c.address().startsWith("127."));
            return (loopback ? "loopback addresses " : "private addresses ") + addresses(answering);
        }
        String endpoints = matches.stream().map(m -> m.endpoint().id()).distinct().collect(Collectors.joining(", "));
        String zones = matches.stream().map(m -> azLetter(m.eni().availabilityZone())).distinct().sorted()
                .collect(Collectors.joining(" and "));
        return endpoints + " (AZ " + zones + ")";
    }

    private static String zones(List<AddressCheck> checks, EndpointInventory inventory) {
        return checks.stream().map(c -> inventory.match(c.address()).map(m -> m.eni().availabilityZone()).orElse(c.address()))
                .distinct().collect(Collectors.joining(", "));
    }

    private static String azLetter(String az) {
        return az == null || az.isEmpty() ? "?" : az.substring(az.length() - 1);
    }

    private static String securityGroups(EndpointInventory inventory) {
        String groups = inventory.endpoints().stream().flatMap(e -> e.securityGroups().stream()).distinct()
                .collect(Collectors.joining(", "));
        return groups.isEmpty() ? "" : "(" + groups + ") ";
    }

    private static String dnsAdvice(Connection connection, EndpointInventory inventory) {
        String host = connection.mediaConnectHost();
        Optional<VpcEndpointInfo> privateDns = inventory.endpoints().stream().filter(VpcEndpointInfo::privateDnsEnabled).findFirst();
        if (host.equals(connection.defaultMediaConnectHost()) && privateDns.isPresent()) {
            return "Private DNS works only inside the VPC: use the endpoint's own name ("
                    + privateDns.get().regionalName().orElse(privateDns.get().id()) + ") as the endpoint override, "
                    + "or ask a Route 53 Resolver inbound endpoint (--dns-server IP:PORT).";
        }
        return "Check the name, or name a DNS server that knows it (--dns-server IP:PORT, e.g. a Route 53 Resolver inbound endpoint).";
    }

    static Optional<String> regionOf(String host) {
        Matcher m = REGION_IN_HOST.matcher(host);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String addresses(List<AddressCheck> checks) {
        return checks.stream().map(AddressCheck::address).collect(Collectors.joining(", "));
    }

    private static List<String> evidence(List<DnsAnswer> lookups, EndpointInventory inventory, List<AddressCheck> checks) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < lookups.size(); i++) {
            DnsAnswer a = lookups.get(i);
            if (i > 0 && "NOT_LOOKED_UP".equals(a.status())) {
                lines.add("DNS " + a.name() + " (the service's own name) → not looked up: " + a.error());
                continue;
            }
            if (i > 0 && !a.ok()) {
                lines.add("DNS " + a.name() + " (the service's own name, which private DNS answers only inside the VPC) → "
                        + a.statusText() + " · " + a.server());
                continue;
            }
            String answers = a.records().stream().map(r -> r.address() + (r.ttlSeconds() >= 0 ? " (TTL " + r.ttlSeconds() + " s)" : ""))
                    .collect(Collectors.joining(", "));
            lines.add("DNS " + a.name() + " → " + (a.ok() ? answers : a.statusText()) + " · " + a.server() + " · " + a.elapsedMs() + " ms");
        }
        if (inventory.known()) {
            if (inventory.endpoints().isEmpty()) {
                lines.add("EC2: no interface endpoint for MediaConnect in this region");
            }
            for (VpcEndpointInfo e : inventory.endpoints()) {
                lines.add("EC2: " + e.id() + " " + e.state() + ", private DNS " + (e.privateDnsEnabled() ? "on" : "off") + ", ENIs "
                        + e.enis().stream().map(n -> n.privateIp() + " (" + n.availabilityZone() + ")").collect(Collectors.joining(", ")));
            }
        } else {
            lines.add("EC2: " + inventory.problem());
        }
        for (AddressCheck c : checks) {
            lines.add(c.address() + " · " + c.path().label() + " · " + c.probe().summary());
        }
        return List.copyOf(lines);
    }
}

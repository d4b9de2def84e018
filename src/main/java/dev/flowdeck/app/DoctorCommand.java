package dev.flowdeck.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.VpcEndpointInfo;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.DnsAnswer;
import dev.flowdeck.service.AddressCheck;
import dev.flowdeck.service.FlowDeckException;
import dev.flowdeck.service.NetworkReport;
import dev.flowdeck.ui.common.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code doctor}: the network panel's chain without a window. Prints the verdict and its evidence
 * (or one JSON object with {@code --json}); exit 0 when private and healthy, 1 when problems were
 * found, 2 for bad usage.
 */
public final class DoctorCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DoctorCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AwsEnvironment.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, AwsEnvironment aws) {
        Options options;
        try {
            options = Options.parse(args);
            if (options.smoke() || options.select() != null || options.wall()) {
                throw new Options.UsageException("doctor does not take --smoke, --select or --wall");
            }
        } catch (Options.HelpRequested help) {
            out.println(Options.usage());
            return 0;
        } catch (Options.UsageException e) {
            err.println("doctor: " + e.getMessage());
            err.println(Options.usage());
            return 2;
        }
        CallLog log = new CallLog();
        long t0 = System.nanoTime();
        AppServices services;
        try {
            services = new AppComposition(Messages.load(Locale.getDefault()).bundle(), log).build(options, aws);
        } catch (IllegalArgumentException e) {
            err.println("doctor: " + e.getMessage());
            return 2;
        }
        long t1 = System.nanoTime();
        try (services) {
            NetworkReport measured = services.network().run();
            if (Boolean.getBoolean("flowdeck.timing")) {
                err.printf("timing: jvm→doctor %d ms, setup %d ms, check %d ms%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            }
            String confirmation = null;
            NetworkReport report = measured;
            if (measured.verdict().healthy()) {
                confirmation = confirmWithOneCall(services, log);
                if (confirmation.startsWith(FAILED)) {
                    report = withFailedCall(measured, confirmation.substring(FAILED.length()));
                }
            }
            if (options.json()) {
                out.println(json(report, confirmation));
            } else {
                printText(report, confirmation, out);
            }
            return report.verdict().healthy() ? 0 : 1;
        }
    }

    private static final String FAILED = "ListFlows failed: ";

    /** The network looked fine but a real call failed: the call's reason becomes the verdict. */
    private static NetworkReport withFailedCall(NetworkReport r, String failure) {
        List<String> evidence = new java.util.ArrayList<>(r.verdict().evidence());
        evidence.add("Network check alone: " + r.verdict().headline());
        dev.flowdeck.service.Verdict verdict = new dev.flowdeck.service.Verdict(false, "The network answers, but ListFlows fails",
                failure, List.copyOf(evidence));
        return new NetworkReport(r.region(), r.endpoint(), r.host(), r.port(), r.lookups(), r.inventory(), r.addresses(), verdict,
                r.dnsCachePolicy(), r.route(), r.elapsedMs());
    }

    /** One real ListFlows call through the SDK, to show the path a call really takes. */
    private static String confirmWithOneCall(AppServices services, CallLog log) {
        try {
            int flows = services.flows().listFlows().size();
            List<CallRecord> calls = log.snapshot();
            CallRecord last = calls.get(calls.size() - 1);
            return "ListFlows: " + flows + " flows via " + last.connectedTo() + " · " + last.path().label() + " · " + last.latencyMs() + " ms";
        } catch (FlowDeckException e) {
            return FAILED + e.getMessage();
        }
    }

    private static void printText(NetworkReport r, String confirmation, PrintStream out) {
        out.println((r.verdict().healthy() ? "OK  " : "PROBLEM  ") + r.verdict().headline());
        if (!r.verdict().advice().isBlank()) {
            out.println("    → " + r.verdict().advice());
        }
        out.println();
        out.println("Endpoint: " + r.endpoint() + " (region " + r.region() + ") · route: " + r.route());
        r.verdict().evidence().forEach(line -> out.println("  · " + line));
        if (confirmation != null) {
            out.println("  · " + confirmation);
        }
        out.println("  · " + r.dnsCachePolicy());
        out.println("Checked in " + r.elapsedMs() + " ms.");
    }

    static String json(NetworkReport r, String confirmation) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode verdict = root.putObject("verdict");
        verdict.put("healthy", r.verdict().healthy());
        verdict.put("headline", r.verdict().headline());
        verdict.put("advice", r.verdict().advice());
        ArrayNode evidence = verdict.putArray("evidence");
        r.verdict().evidence().forEach(evidence::add);
        root.put("region", r.region());
        root.put("endpoint", r.endpoint());
        root.put("host", r.host());
        root.put("port", r.port());
        ArrayNode dns = root.putArray("dns");
        for (DnsAnswer a : r.lookups()) {
            ObjectNode d = dns.addObject();
            d.put("name", a.name());
            d.put("server", a.server());
            d.put("status", a.status());
            d.put("elapsedMs", a.elapsedMs());
            if (a.error() != null) {
                d.put("error", a.error());
            }
            ArrayNode records = d.putArray("answers");
            a.records().forEach(rec -> records.addObject().put("address", rec.address()).put("ttl", rec.ttlSeconds()));
        }
        ObjectNode inventory = root.putObject("inventory");
        inventory.put("problem", r.inventory().problem());
        ArrayNode endpoints = inventory.putArray("endpoints");
        for (VpcEndpointInfo e : r.inventory().endpoints()) {
            ObjectNode en = endpoints.addObject();
            en.put("id", e.id());
            en.put("state", e.state());
            en.put("privateDns", e.privateDnsEnabled());
            en.put("regionalName", e.regionalName().orElse(null));
            ArrayNode enis = en.putArray("enis");
            e.enis().forEach(n -> enis.addObject().put("id", n.id()).put("ip", n.privateIp()).put("az", n.availabilityZone()));
        }
        ArrayNode addresses = root.putArray("addresses");
        for (AddressCheck c : r.addresses()) {
            ObjectNode a = addresses.addObject();
            a.put("address", c.address());
            a.put("path", c.path().kind().name());
            a.put("pathLabel", c.path().label());
            a.put("tcpOk", c.probe().tcpOk());
            a.put("connectMs", c.probe().connectMs());
            a.put("tcpError", c.probe().tcpError());
            a.put("tlsVersion", c.probe().tlsVersion());
            if (c.probe().certificateMatchesHost() != null) {
                a.put("certificateMatchesHost", c.probe().certificateMatchesHost());
            } else {
                a.putNull("certificateMatchesHost");
            }
            a.put("tlsError", c.probe().tlsError());
            a.put("outcome", c.probe().outcome().name());
        }
        root.put("call", confirmation);
        root.put("route", r.route());
        root.put("dnsCache", r.dnsCachePolicy());
        root.put("elapsedMs", r.elapsedMs());
        return root.toString();
    }
}

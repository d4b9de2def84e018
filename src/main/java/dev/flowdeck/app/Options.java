package dev.flowdeck.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line shared by the window and {@code doctor}. Unknown options are a usage error,
 * never ignored.
 */
public record Options(boolean demo, DemoScenario scenario, boolean smoke, boolean version, boolean json, String region,
                      String profile, String endpoint, String ec2Endpoint, String dnsServer, String caBundle,
                      Map<String, List<String>> pins, String select, String panel, boolean wall, List<String> connections,
                      Integer screen) {

    /** How FlowDeck was started: the installed launcher ({@code flowdeck}), else {@code java -jar flowdeck.jar}. */
    public static String command() {
        return System.getProperty("jpackage.app-path") == null ? "java -jar flowdeck.jar" : "flowdeck";
    }

    /** The usage, in the words this installation is started with. */
    public static String usage() {
        String cmd = command();
        String pad = " ".repeat(cmd.length() + 7);
        return String.join("\n",
                "usage: " + cmd + " [--demo[=before|after]] [--smoke] [--version] [--help] [--select FLOW]",
                pad + "[--panel flows|network|connections|sign-in]",
                pad + "[--region R] [--profile P] [--endpoint URL] [--ec2-endpoint URL]",
                pad + "[--dns-server IP:PORT] [--pin HOST=IP[,IP...]] [--ca-bundle FILE]",
                "       " + cmd + " --wall [--connection NAME]... [--screen N] [--demo] [--smoke]",
                pad + "(or, instead of --connection, the window's --profile, --region, --endpoint ... options)",
                "       " + cmd + " doctor [--demo[=before|after]] [--region R] [--profile P] [--endpoint URL]",
                pad + "[--ec2-endpoint URL] [--dns-server IP:PORT] [--pin HOST=IP[,IP...]]",
                pad + "[--ca-bundle FILE] [--json]",
                "       " + cmd + " " + MOCK_SERVER_USAGE,
                "",
                "With no AWS configuration (no ~/.aws files, no AWS_PROFILE or AWS_ACCESS_KEY_ID), or with --demo,",
                "FlowDeck starts its offline demo against an embedded backend on loopback (the wall only with --demo).",
                "",
                "Environment: AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL[_MEDIACONNECT|_EC2|_CLOUDWATCH|_STS|_SSO|_SSO_OIDC],",
                "AWS_CA_BUNDLE, HTTPS_PROXY, NO_PROXY;",
                "FLOWDECK_CONFIG_DIR (where settings.json and audit.jsonl live), FLOWDECK_THEME=dark|light,",
                "LANG (ja_JP.UTF-8: Japanese; or \"language\": \"en\"|\"ja\" in settings.json).");
    }

    public static final String MOCK_SERVER_USAGE = "mock-server [--bind IP[,IP...]] [--port N] [--region R] [--settle-seconds S]";

    /** True when the command line names something only a real AWS connection can use. */
    public boolean asksForRealConnection() {
        return region != null || profile != null || endpoint != null || ec2Endpoint != null || dnsServer != null
                || caBundle != null || !pins.isEmpty();
    }

    public static Options parse(String[] args) {
        boolean demo = false;
        DemoScenario scenario = DemoScenario.AFTER;
        boolean smoke = false;
        boolean version = false;
        boolean json = false;
        String region = null;
        String profile = null;
        String endpoint = null;
        String ec2Endpoint = null;
        String dnsServer = null;
        String caBundle = null;
        String select = null;
        String panel = null;
        Map<String, List<String>> pins = new LinkedHashMap<>();
        boolean wall = false;
        List<String> connections = new ArrayList<>();
        Integer screen = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--demo=")) {
                demo = true;
                try {
                    scenario = DemoScenario.parse(arg.substring("--demo=".length()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                continue;
            }
            switch (arg) {
                case "--demo" -> demo = true;
                case "--smoke" -> smoke = true;
                case "--version" -> version = true;
                case "--help", "-h" -> throw new HelpRequested();
                case "--json" -> json = true;
                case "--region" -> region = value(args, ++i, arg);
                case "--profile" -> profile = value(args, ++i, arg);
                case "--endpoint" -> endpoint = value(args, ++i, arg);
                case "--ec2-endpoint" -> ec2Endpoint = value(args, ++i, arg);
                case "--dns-server" -> dnsServer = value(args, ++i, arg);
                case "--ca-bundle" -> caBundle = value(args, ++i, arg);
                case "--pin" -> addPin(pins, value(args, ++i, arg));
                case "--select" -> select = value(args, ++i, arg);
                case "--wall" -> wall = true;
                case "--connection" -> connections.add(value(args, ++i, arg));
                case "--screen" -> screen = screenNumber(value(args, ++i, arg));
                case "--panel" -> {
                    panel = value(args, ++i, arg);
                    if (!List.of("flows", "network", "connections", "sign-in").contains(panel)) {
                        throw new UsageException("--panel takes flows, network, connections or sign-in");
                    }
                }
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        if (!wall && (!connections.isEmpty() || screen != null)) {
            throw new UsageException("--connection and --screen belong to the wall: add --wall");
        }
        if (demo && (region != null || profile != null || endpoint != null || ec2Endpoint != null || dnsServer != null
                || caBundle != null || !pins.isEmpty())) {
            // The demo brings its own region, endpoints, names and credentials: a real one given beside it would be ignored.
            throw new UsageException("--demo uses the embedded backend's own region, endpoints and credentials: drop --region, "
                    + "--profile, --endpoint, --ec2-endpoint, --dns-server, --ca-bundle and --pin, or drop --demo");
        }
        if (wall && (select != null || panel != null || json)) {
            throw new UsageException("the wall has no --select, --panel or --json (they belong to the window and doctor)");
        }
        if (wall && !connections.isEmpty() && (region != null || profile != null || endpoint != null || ec2Endpoint != null
                || dnsServer != null || caBundle != null || !pins.isEmpty())) {
            // Each named connection brings its own region, endpoints and DNS: a global one would silently apply to none.
            throw new UsageException("with --connection, the connection's own settings are used: drop --region, --profile, "
                    + "--endpoint, --ec2-endpoint, --dns-server, --ca-bundle and --pin, or save them in a connection");
        }
        return new Options(demo, scenario, smoke, version, json, region, profile, endpoint, ec2Endpoint, dnsServer,
                caBundle, pins, select, panel, wall, List.copyOf(connections), screen);
    }

    private static Integer screenNumber(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new UsageException("--screen takes a monitor number counted from 1 (1 is the primary screen), not '" + text + "'");
    }

    private static void addPin(Map<String, List<String>> pins, String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new UsageException("--pin takes HOST=IP[,IP...], for example --pin vpce-….amazonaws.com=10.213.21.5");
        }
        List<String> ips = new ArrayList<>(List.of(spec.substring(eq + 1).split(",")));
        pins.put(spec.substring(0, eq), ips);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    /** --help: print the usage and leave with 0. */
    public static final class HelpRequested extends RuntimeException {
        public HelpRequested() {
            super("help", null, false, false);
        }
    }

    /** A command line that cannot be run, with what is wrong. */
    public static final class UsageException extends IllegalArgumentException {
        public UsageException(String message) {
            super(message);
        }
    }
}

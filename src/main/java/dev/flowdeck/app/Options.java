package dev.flowdeck.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desktop command line: {@code [--demo] [--smoke] [--version] [--region R] [--profile P]
 * [--endpoint URL] [--pin HOST=IP[,IP…]] [--select FLOW]}. Unknown options are a usage error, never ignored.
 */
public record Options(boolean demo, boolean smoke, boolean version, String region, String profile, String endpoint,
                      Map<String, List<String>> pins, String select) {

    public static final String USAGE = String.join("\n",
            "usage: java -jar flowdeck.jar [--demo] [--smoke] [--version]",
            "                              [--region R] [--profile P] [--endpoint URL] [--pin HOST=IP[,IP...]]",
            "                              [--select FLOW-NAME]",
            "       java -jar flowdeck.jar mock-server [--bind ADDR] [--port N] [--region R] [--settle-seconds S]",
            "",
            "With no AWS configuration (no ~/.aws files, no AWS_PROFILE or AWS_ACCESS_KEY_ID), or with --demo,",
            "FlowDeck starts its offline demo against an embedded backend on loopback.");

    public static Options parse(String[] args) {
        boolean demo = false;
        boolean smoke = false;
        boolean version = false;
        String region = null;
        String profile = null;
        String endpoint = null;
        String select = null;
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--demo" -> demo = true;
                case "--smoke" -> smoke = true;
                case "--version" -> version = true;
                case "--region" -> region = value(args, ++i, arg);
                case "--profile" -> profile = value(args, ++i, arg);
                case "--endpoint" -> endpoint = value(args, ++i, arg);
                case "--pin" -> addPin(pins, value(args, ++i, arg));
                case "--select" -> select = value(args, ++i, arg);
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return new Options(demo, smoke, version, region, profile, endpoint, pins, select);
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

    /** A command line that cannot be run, with what is wrong. */
    public static final class UsageException extends IllegalArgumentException {
        public UsageException(String message) {
            super(message);
        }
    }
}

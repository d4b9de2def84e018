package dev.flowdeck.mock;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mock-server [--bind ADDR[,ADDR…]] [--port N] [--region R] [--settle-seconds S]}: the
 * embedded backend on its own, for other clients (the AWS CLI, scripts). Runs until killed.
 */
public final class MockServerCommand {
    public static final int DEFAULT_PORT = 5566;

    private MockServerCommand() {
    }

    private static String usage() {
        return "usage: " + dev.flowdeck.app.Options.command() + " " + dev.flowdeck.app.Options.MOCK_SERVER_USAGE;
    }

    /** Returns the process exit code: 2 for bad usage, 1 when it cannot listen. Blocks while serving. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> binds = new ArrayList<>();
        int port = DEFAULT_PORT;
        String region = "ap-northeast-1";
        long settleSeconds = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--help") || args[i].equals("-h")) {
                    out.println(usage());
                    return 0;
                }
                switch (args[i]) {
                    case "--bind" -> binds.addAll(addresses(value(args, ++i)));
                    case "--port" -> port = number("--port", value(args, ++i));
                    case "--region" -> region = value(args, ++i);
                    case "--settle-seconds" -> settleSeconds = number("--settle-seconds", value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
        } catch (IllegalArgumentException e) {
            err.println("mock-server: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (binds.isEmpty()) {
            binds.add("127.0.0.1");
        }
        MockBackend backend = MockBackend.withDemoFlows(region, Clock.systemUTC(), Duration.ofSeconds(settleSeconds));
        try {
            backend.start(binds, port);
        } catch (Exception e) {
            String why = String.valueOf(e.getMessage());
            String advice = why.contains("in use") ? "choose another --port, or --port 0 for any free port"
                    : "that address is not on this machine: use a loopback address such as 127.0.0.1";
            err.println("mock-server: cannot listen on " + binds + " port " + port + ": " + why + " (" + advice + ")");
            return 1;
        }
        String urls = binds.stream().map(b -> "http://" + b + ":" + backend.port()).collect(java.util.stream.Collectors.joining(", "));
        out.printf("FlowDeck mock-server: MediaConnect for %s at %s (%d flows). "
                        + "Sign requests for %s/mediaconnect with any key. Ctrl-C stops.%n",
                region, urls, backend.store().size(), region);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "mock-server-stop"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not \"" + text + "\"");
        }
    }

    /** IP addresses only: a name would have to be looked up through the machine's resolver. */
    private static List<String> addresses(String list) {
        List<String> result = new ArrayList<>();
        for (String part : list.split(",")) {
            String a = part.strip();
            if (!dev.flowdeck.net.IpLiteral.isLiteral(a)) {
                throw new IllegalArgumentException("--bind takes IP addresses (e.g. 127.0.0.2,127.0.0.3), not \"" + a + "\"");
            }
            result.add(a);
        }
        return result;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}

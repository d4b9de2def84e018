package dev.flowdeck.mock;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Returns the process exit code: 2 for bad usage, 1 when it cannot listen. Blocks while serving. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> binds = new ArrayList<>();
        int port = DEFAULT_PORT;
        String region = "ap-northeast-1";
        long settleSeconds = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bind" -> binds.addAll(Arrays.asList(value(args, ++i).split(",")));
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--region" -> region = value(args, ++i);
                    case "--settle-seconds" -> settleSeconds = Long.parseLong(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
        } catch (IllegalArgumentException e) {
            err.println("mock-server: " + e.getMessage());
            err.println("usage: java -jar flowdeck.jar mock-server [--bind ADDR[,ADDR...]] [--port N] [--region R] [--settle-seconds S]");
            return 2;
        }
        if (binds.isEmpty()) {
            binds.add("127.0.0.1");
        }
        MockBackend backend = MockBackend.withDemoFlows(region, Clock.systemUTC(), Duration.ofSeconds(settleSeconds));
        try {
            backend.start(binds, port);
        } catch (Exception e) {
            err.println("mock-server: cannot listen on " + binds + " port " + port + ": " + e.getMessage()
                    + " (choose another --port, or --port 0 for any free port)");
            return 1;
        }
        out.printf("FlowDeck mock-server: MediaConnect for %s at http://%s:%d (%d flows). "
                        + "Sign requests for %s/mediaconnect with any key. Ctrl-C stops.%n",
                region, binds.get(0), backend.port(), backend.store().size(), region);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "mock-server-stop"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}

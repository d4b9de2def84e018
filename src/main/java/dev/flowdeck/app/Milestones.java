package dev.flowdeck.app;

import java.lang.management.ManagementFactory;

/** Start-up milestones in milliseconds since the JVM started, for --smoke and the benchmarks. */
public final class Milestones {
    private volatile long windowShownMs = -1;
    private volatile long clientReadyMs = -1;
    private volatile long firstFlowsPaintedMs = -1;

    public static long sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    public void windowShown() {
        windowShownMs = sinceJvmStart();
    }

    public void clientReady() {
        clientReadyMs = sinceJvmStart();
    }

    public void firstFlowsPainted() {
        firstFlowsPaintedMs = sinceJvmStart();
    }

    public String smokeJson(String mode, int flows) {
        return "{\"mode\":\"" + mode + "\",\"flows\":" + flows + ",\"windowShownMs\":" + windowShownMs
                + ",\"clientReadyMs\":" + clientReadyMs + ",\"firstFlowsPaintedMs\":" + firstFlowsPaintedMs + "}";
    }
}

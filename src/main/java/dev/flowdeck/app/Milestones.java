package dev.flowdeck.app;

import java.lang.management.ManagementFactory;

/** Start-up milestones in milliseconds since the JVM started, for --smoke and the benchmarks. */
public final class Milestones {
    private volatile long mainMs = -1;
    private volatile long toolkitMs = -1;
    private volatile long windowShownMs = -1;
    private volatile long firstAnswerMs = -1;
    private volatile long clientReadyMs = -1;
    private volatile long firstFlowsPaintedMs = -1;

    public static long sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** main() entered: the JVM's own start and class loading up to here. */
    public void main() {
        mainMs = sinceJvmStart();
    }

    /** JavaFX is up and Application.start runs. */
    public void toolkitStarted() {
        toolkitMs = sinceJvmStart();
    }

    /** The first ListFlows answer is in (before it is painted). */
    public void firstAnswer() {
        if (firstAnswerMs < 0) {
            firstAnswerMs = sinceJvmStart();
        }
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
                + ",\"clientReadyMs\":" + clientReadyMs + ",\"firstFlowsPaintedMs\":" + firstFlowsPaintedMs
                + ",\"mainMs\":" + mainMs + ",\"toolkitMs\":" + toolkitMs + ",\"firstAnswerMs\":" + firstAnswerMs + "}";
    }
}

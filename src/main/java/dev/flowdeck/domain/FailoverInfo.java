package dev.flowdeck.domain;

/** A flow's source failover configuration (FAILOVER with a primary, or MERGE). */
public record FailoverInfo(String state, String mode, Integer recoveryWindowMs, String primarySource) {

    public String label() {
        String m = mode == null ? "—" : mode;
        if ("MERGE".equals(m)) {
            return "MERGE" + (recoveryWindowMs == null ? "" : ", recovery window " + recoveryWindowMs + " ms");
        }
        return "Failover: " + m + (recoveryWindowMs == null ? "" : ", recovery window " + recoveryWindowMs + " ms")
                + ("DISABLED".equals(state) ? " (disabled)" : "");
    }
}

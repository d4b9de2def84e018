package dev.flowdeck.domain;

import java.time.Instant;
import java.util.List;

/**
 * One API call as FlowDeck saw it on the wire: where the name resolved, every attempt with the
 * address it really reached, and the outcome. Holds no credentials, signatures or tokens.
 */
public record CallRecord(long id, Instant started, String service, String operation, String url, String host,
                         List<String> dnsAnswers, String dnsSource, List<Attempt> attempts, Integer httpStatus,
                         String requestId, long latencyMs, String error, PathVerdict path, String route) {

    /** The address:port the call finally talked to, or null when no attempt connected. */
    public String connectedTo() {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            Attempt a = attempts.get(i);
            if (a.connected()) {
                return a.connectedAddress() + ":" + a.port();
            }
        }
        return null;
    }

    /** "new" / "reused" for the connection that answered, or "—". */
    public String connectionUse() {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            Attempt a = attempts.get(i);
            if (a.connected() && a.reused() != null) {
                return a.reused() ? "reused" : "new";
            }
        }
        return "—";
    }

    public boolean succeeded() {
        return error == null;
    }
}

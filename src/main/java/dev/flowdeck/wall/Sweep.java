package dev.flowdeck.wall;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.PathVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One refresh of one connection: the flows, the health verdicts and protocols learnt this time (may
 * be empty: health is swept less often), the path the calls took and when the credentials expire —
 * or, when it failed, why in plain words.
 */
public record Sweep(String connection, Instant at, List<FlowSummary> flows, Map<String, FlowHealth> health,
                    Map<String, String> protocols, PathVerdict path, Instant credentialsExpire, String failure,
                    boolean throttled) {

    /** The path label of a connection whose refresh failed because nobody is signed in: not a network fault. */
    public static final String SIGNED_OUT = "signed out";

    public boolean ok() {
        return failure == null;
    }

    public static Sweep failed(String connection, Instant at, PathVerdict path, String why, boolean throttled) {
        return new Sweep(connection, at, List.of(), Map.of(), Map.of(), path, null, why, throttled);
    }
}

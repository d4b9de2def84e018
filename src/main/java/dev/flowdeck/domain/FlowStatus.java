package dev.flowdeck.domain;

import java.util.Locale;

/**
 * A flow status as the service sent it. Known values get their meaning; anything else keeps its raw
 * text and is treated as unknown — never mapped to ACTIVE or ERROR.
 */
public enum FlowStatus {
    ACTIVE, STANDBY, STARTING, STOPPING, UPDATING, DELETING, ERROR, UNKNOWN;

    public static FlowStatus of(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Style class for the status, one per meaning, so colour is never the only cue. */
    public String styleClass() {
        return "status-" + name().toLowerCase(Locale.ROOT);
    }
}

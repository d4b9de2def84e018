package dev.flowdeck.ui.flows;

import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;

/**
 * How a status is drawn, given the flow's signal health: ACTIVE is green only when its signal is
 * judged healthy. ACTIVE with no input is drawn as an alarm, degraded in amber, and ACTIVE whose
 * health is not known yet in a neutral colour — "ACTIVE" alone never looks healthy.
 */
record StatusLook(String glyph, String styleClass) {

    static StatusLook of(String status, FlowHealth health) {
        FlowStatus kind = FlowStatus.of(status);
        if (kind != FlowStatus.ACTIVE) {
            return new StatusLook(glyph(kind), kind.styleClass());
        }
        FlowHealth.State state = health == null ? FlowHealth.State.UNKNOWN : health.state();
        return switch (state) {
            case HEALTHY -> new StatusLook("●", "status-active");
            case NO_INPUT -> new StatusLook("▲", "status-active-alarm");
            case DEGRADED -> new StatusLook("◆", "status-active-degraded");
            default -> new StatusLook("●", "status-active-unverified");
        };
    }

    static String glyph(FlowStatus kind) {
        return switch (kind) {
            case ACTIVE -> "●";
            case ERROR -> "▲";
            case STANDBY -> "○";
            case STARTING, STOPPING, UPDATING, DELETING -> "◐";
            case UNKNOWN -> "?";
        };
    }

    /** Attention first: 0 ERROR or no input, 1 degraded, 2 transient or unknown, 3 ACTIVE, 4 STANDBY. */
    static int attention(String status, FlowHealth health) {
        FlowStatus kind = FlowStatus.of(status);
        FlowHealth.State state = health == null ? null : health.state();
        if (kind == FlowStatus.ERROR || (kind == FlowStatus.ACTIVE && state == FlowHealth.State.NO_INPUT)) {
            return 0;
        }
        if (kind == FlowStatus.ACTIVE && state == FlowHealth.State.DEGRADED) {
            return 1;
        }
        return switch (kind) {
            case ACTIVE -> 3;
            case STANDBY -> 4;
            default -> 2;
        };
    }
}

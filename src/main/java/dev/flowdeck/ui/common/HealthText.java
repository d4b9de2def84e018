package dev.flowdeck.ui.common;

import dev.flowdeck.domain.FlowHealth;
import java.util.List;

/** Signal health in words with a shape in front, so it reads without colour (grey scale, colour blindness). */
public final class HealthText {
    private HealthText() {
    }

    public static String of(FlowHealth h, Messages text) {
        return switch (h.state()) {
            case HEALTHY -> "● " + text.get("health.healthy");
            case DEGRADED -> "◆ " + text.get("health.degraded");
            case NO_INPUT -> "▲ " + text.get("health.noInput");
            case UNKNOWN -> "? " + text.get("health.unknown");
            case NOT_RUNNING -> "—";
        };
    }

    /** Why, in the user's language ("source not connected for 2 min"); empty when there is no reason. */
    public static String reason(FlowHealth h, Messages text) {
        if (h.reasonKey() == null) {
            return "";
        }
        List<Object> args = h.reasonArgs();
        return text.format(h.reasonKey(), args.toArray());
    }
}

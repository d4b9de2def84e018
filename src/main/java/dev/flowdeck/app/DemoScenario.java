package dev.flowdeck.app;

/** The two halves of the Tokyo scenario the demo can play. */
public enum DemoScenario {
    /** No interface endpoint yet: the service name resolves to a public address that never answers. */
    BEFORE,
    /** The interface endpoint exists: its vpce- name resolves to the two ENIs. */
    AFTER;

    public static DemoScenario parse(String text) {
        return switch (text) {
            case "before" -> BEFORE;
            case "after", "" -> AFTER;
            default -> throw new IllegalArgumentException("--demo takes before or after, not \"" + text + "\"");
        };
    }
}

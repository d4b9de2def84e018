package dev.flowdeck.net;

import java.time.Duration;

/** Every wait FlowDeck allows a call, shown to the user: nothing waits longer than {@code call}. */
public record Timeouts(Duration connect, Duration read, Duration attempt, Duration call) {

    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(25));
    }
}

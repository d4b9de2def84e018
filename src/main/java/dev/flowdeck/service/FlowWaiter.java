package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowStatus;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows a flow until it settles, like the CLI's waiters: DescribeFlow every {@code interval}, at
 * most {@code maxPolls} times. Waiting for ACTIVE fails on STANDBY or ERROR; waiting for STANDBY
 * fails on ERROR.
 */
public final class FlowWaiter {
    private final FlowService flows;
    private final Duration interval;
    private final int maxPolls;
    private final Sleeper sleeper;

    /** How the waiter pauses between polls (tests pass one that does not sleep for real). */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public FlowWaiter(FlowService flows, Duration interval, int maxPolls, Sleeper sleeper) {
        this.flows = flows;
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.sleeper = sleeper;
    }

    public static FlowWaiter cliLike(FlowService flows) {
        return new FlowWaiter(flows, Duration.ofSeconds(3), 40, d -> Thread.sleep(d.toMillis()));
    }

    /** The result of waiting: the last detail seen and whether it is the wanted status. */
    public record Outcome(FlowDetail last, boolean reached, String why) {
    }

    public Outcome waitFor(String flowArn, FlowStatus wanted, Consumer<FlowDetail> onPoll) throws InterruptedException {
        Set<FlowStatus> failures = wanted == FlowStatus.ACTIVE ? Set.of(FlowStatus.STANDBY, FlowStatus.ERROR)
                : Set.of(FlowStatus.ERROR);
        FlowDetail last = null;
        for (int poll = 1; poll <= maxPolls; poll++) {
            sleeper.sleep(interval);
            last = flows.describeFlow(flowArn);
            onPoll.accept(last);
            FlowStatus status = last.statusKind();
            if (status == wanted) {
                return new Outcome(last, true, null);
            }
            if (failures.contains(status)) {
                return new Outcome(last, false, "flow went to " + last.status()
                        + (last.messages().isEmpty() ? "" : ": " + String.join("; ", last.messages())));
            }
        }
        return new Outcome(last, false, "still " + (last == null ? "unknown" : last.status()) + " after "
                + maxPolls + " checks " + interval.toSeconds() + " s apart");
    }
}

package dev.flowdeck.net;

import java.time.Duration;

/**
 * A token bucket shared by every MediaConnect call FlowDeck makes, so one console stays well under
 * the account-wide API limits that colleagues share (documented: 5 requests/s, burst 30). A call
 * waits for a token; it never waits longer than its own call timeout.
 */
public final class RequestBudget {
    private final double perSecond;
    private final int burst;
    private double tokens;
    private long lastNanos = System.nanoTime();

    public RequestBudget(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a request budget needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** The default: 2 requests/s with a burst of 10 — under half the documented limits. */
    public static RequestBudget defaults() {
        return new RequestBudget(2, 10);
    }

    /** Takes one token, waiting up to {@code maxWait}; false when none came in time. */
    public boolean acquire(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (tokens >= 1) {
                    tokens -= 1;
                    return true;
                }
                waitNanos = (long) ((1 - tokens) / perSecond * 1_000_000_000L);
            }
            if (System.nanoTime() + waitNanos > deadline) {
                return false;
            }
            Thread.sleep(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        }
    }

    public String describe() {
        return (perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond))
                + " req/s, burst " + burst;
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastNanos) / 1_000_000_000.0 * perSecond);
        lastNanos = now;
    }
}

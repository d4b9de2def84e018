package dev.flowdeck.wall;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each connection's sweep on its own schedule: every interval while it works, backing off
 * (doubling, up to a minute) while it fails, and twice as long, up to five minutes, after a 429.
 */
public final class WallScheduler implements AutoCloseable {
    /** After 429s the service asked us to slow down: wait up to five minutes. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** A network or sign-in failure costs the API nothing: keep looking at least once a minute, so recovery shows soon. */
    static final Duration MAX_RETRY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(WallScheduler.class);

    private final ScheduledExecutorService executor;
    private final Duration interval;
    private final Consumer<Sweep> deliver;

    public WallScheduler(List<WallFeed> feeds, Duration interval, Consumer<Sweep> deliver) {
        this.interval = interval;
        this.deliver = deliver;
        this.executor = Executors.newScheduledThreadPool(Math.max(1, feeds.size()), r -> {
            Thread t = new Thread(r, "flowdeck-wall-refresh");
            t.setDaemon(true);
            return t;
        });
        feeds.forEach(feed -> executor.execute(() -> run(feed, 0)));
    }

    private void run(WallFeed feed, int failures) {
        int failed = failures;
        Duration next = interval;
        try {
            Sweep sweep = feed.sweep();
            deliver.accept(sweep);
            failed = sweep.ok() ? 0 : failures + 1;
            next = delayAfter(interval, failed, sweep.throttled());
        } catch (RuntimeException unexpected) {
            // A sweep never throws by design; if it does, keep the wall alive and try again later.
            LOG.warn("wall refresh of {} failed unexpectedly", feed.name(), unexpected);
            failed++;
            next = delayAfter(interval, failed, false);
        }
        int carried = failed;
        if (!executor.isShutdown()) {
            executor.schedule(() -> run(feed, carried), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The wait before the next sweep after {@code failures} failures in a row. */
    public static Duration delayAfter(Duration interval, int failures, boolean throttled) {
        if (failures == 0) {
            return interval;
        }
        Duration backoff = interval.multipliedBy(1L << Math.min(failures - 1, 10));
        Duration cap = MAX_RETRY;
        if (throttled) {
            backoff = backoff.multipliedBy(2);
            cap = MAX_BACKOFF;
        }
        cap = cap.compareTo(interval) < 0 ? interval : cap;
        return backoff.compareTo(cap) > 0 ? cap : backoff;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package dev.flowdeck.support;

import dev.flowdeck.app.AppComposition;
import dev.flowdeck.app.ConnectionSetup;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.WallSource;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.wall.Sweep;
import dev.flowdeck.wall.WallFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's two connections (Tokyo and N. Virginia) as the wall builds them: real SDK clients over
 * HTTPS to the embedded backends, one call log each, and feeds whose sweeps a test runs when it wants.
 */
public final class WallRig implements AutoCloseable {
    private final DemoEnvironment demo;
    private final List<WallSource> sources = new ArrayList<>();
    private final List<WallFeed> feeds = new ArrayList<>();

    public WallRig(Clock clock, Duration healthEvery) throws Exception {
        demo = DemoEnvironment.start(Duration.ofSeconds(2));
        RequestBudget budget = new RequestBudget(1000, 1000);
        for (var connection : List.of(demo.connection(), demo.usEast1Connection())) {
            CallLog calls = new CallLog(300);
            var services = new AppComposition(TestConnections.bundle(), calls, budget)
                    .assemble(ConnectionSetup.fixed(connection, demo.credentials(), null, null));
            WallSource source = new WallSource(services, calls);
            sources.add(source);
            feeds.add(source.feed(HealthRules.defaults(), healthEvery, clock));
        }
    }

    public List<String> names() {
        return feeds.stream().map(WallFeed::name).toList();
    }

    /** One sweep of every connection, on the calling thread (never the JavaFX thread). */
    public List<Sweep> sweepAll() {
        return feeds.stream().map(WallFeed::sweep).toList();
    }

    public DemoEnvironment demo() {
        return demo;
    }

    @Override
    public void close() {
        sources.forEach(WallSource::close);
        demo.close();
    }
}

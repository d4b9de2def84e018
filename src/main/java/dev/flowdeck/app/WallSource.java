package dev.flowdeck.app;

import dev.flowdeck.aws.SsoCredentialsProvider;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.service.HealthService;
import dev.flowdeck.wall.WallFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** One connection on the wall: its services and its own call log (each tile's path verdict comes from it). */
public record WallSource(AppServices services, CallLog calls) implements AutoCloseable {

    /** The wall reads through this feed only: a flow reader, health, and when the sign-in lapses. */
    public WallFeed feed(HealthRules rules, Duration healthEvery, Clock clock) {
        var session = services.session();
        return new WallFeed(services.connection().name(), services.flows(), new HealthService(session::cloudWatch, rules, clock),
                calls, services.connection().mediaConnectHost(), this::signInExpires, clock, healthEvery);
    }

    private Instant signInExpires() {
        return services.credentials() instanceof SsoCredentialsProvider sso ? sso.signInExpires().orElse(null) : null;
    }

    @Override
    public void close() {
        services.close();
    }
}

package dev.flowdeck.support;

import dev.flowdeck.app.AppComposition;
import dev.flowdeck.app.ConnectionSetup;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.WallSource;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.mock.AddressPlan;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.ui.wall.WallViewModel;
import dev.flowdeck.wall.Sweep;
import dev.flowdeck.wall.WallFeed;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo's two connections (Tokyo and N. Virginia) as the wall builds them: real SDK clients over
 * HTTPS to the embedded backends, one call log each, and feeds whose sweeps a test runs when it wants.
 * Tokyo's names can be answered by a loopback dnsmasq instead of pins, so that a test can stop it.
 */
public final class WallRig implements AutoCloseable {
    private final DemoEnvironment demo;
    private final Dnsmasq dns;
    private final List<WallSource> sources = new ArrayList<>();
    private final List<WallFeed> feeds = new ArrayList<>();

    public WallRig(Clock clock, Duration healthEvery) throws Exception {
        this(clock, healthEvery, null);
    }

    /** With {@code dnsmasq} given, Tokyo resolves its endpoints through it (1 s TTL) on 127.0.0.158. */
    public WallRig(Clock clock, Duration healthEvery, Path dnsmasq) throws Exception {
        demo = DemoEnvironment.start(Duration.ofSeconds(2));
        dns = dnsmasq == null ? null : tokyoDns(dnsmasq, demo.connection()).start();
        RequestBudget budget = new RequestBudget(1000, 1000);
        for (var connection : List.of(dns == null ? demo.connection() : viaDns(demo.connection(), dns), demo.usEast1Connection())) {
            CallLog calls = new CallLog(300);
            var services = new AppComposition(TestConnections.bundle(), calls, budget)
                    .assemble(ConnectionSetup.fixed(connection, demo.credentials(), null, null));
            WallSource source = new WallSource(services, calls);
            sources.add(source);
            feeds.add(source.feed(HealthRules.defaults(), healthEvery, clock));
        }
    }

    private static Dnsmasq tokyoDns(Path binary, Connection pinned) throws Exception {
        List<String> enis = pinned.pins().get(AddressPlan.MEDIACONNECT_VPCE).stream().map(InetAddress::getHostAddress).toList();
        return new Dnsmasq(binary, "127.0.0.158", Map.of(AddressPlan.MEDIACONNECT_VPCE, enis, AddressPlan.CLOUDWATCH, enis), 1);
    }

    private static Connection viaDns(Connection pinned, Dnsmasq dns) {
        return new Connection(pinned.name(), pinned.region(), pinned.endpoints(), Map.of(),
                new InetSocketAddress(dns.address(), dns.port()), false, pinned.addressRoles(), pinned.timeouts(), pinned.trust(),
                null, true);
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

    /** One sweep of each connection, off the JavaFX thread, applied to the wall on it. */
    public void refresh(FxRobot robot, WallViewModel wall) throws Exception {
        List<Sweep> sweeps = CompletableFuture.supplyAsync(this::sweepAll).get(30, TimeUnit.SECONDS);
        robot.interact(() -> sweeps.forEach(wall::apply));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The DNS server Tokyo asks, when the rig was built with one. */
    public Dnsmasq dns() {
        return dns;
    }

    @Override
    public void close() {
        sources.forEach(WallSource::close);
        demo.close();
        if (dns != null) {
            try {
                dns.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

package dev.flowdeck.bench;

import dev.flowdeck.app.AppComposition;
import dev.flowdeck.app.ConnectionSetup;
import dev.flowdeck.app.WallSource;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.aws.SsoCredentialsProvider;
import dev.flowdeck.aws.SsoToken;
import dev.flowdeck.aws.SsoTokenCache;
import dev.flowdeck.mock.Fault;
import dev.flowdeck.mock.IdentityCenterApi;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.IpLiteral;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.net.Timeouts;
import dev.flowdeck.net.TlsTrust;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.support.Dnsmasq;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.wall.WallView;
import dev.flowdeck.ui.wall.WallViewModel;
import dev.flowdeck.wall.Sweep;
import dev.flowdeck.wall.WallFeed;
import dev.flowdeck.wall.WallScheduler;
import dev.flowdeck.wall.WallTile;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The wall for the equivalent of 8 hours against the embedded backends, with an accelerated clock
 * and a fault schedule (429s, 500s, resets, a DNS outage, a black-holed endpoint, an expired sign-in,
 * flows flapping between ACTIVE and ERROR, planned stops). Reports crashes, JavaFX-thread stalls
 * over 100 ms, heap at start and end, tiles that looked fresh during a fault, and what stayed bounded.
 * Run: {@code mvn -Psoak verify} (optionally {@code -Dsoak.hours=N}).
 */
public final class WallSoak {
    static final Duration REFRESH = Duration.ofSeconds(10);
    static final Duration STEP = Duration.ofSeconds(5);
    static final Duration CYCLE = Duration.ofHours(4);
    static final String TOKYO_HOST = TestConnections.TOKYO_VPCE;
    static final String VIRGINIA_HOST = "mediaconnect.us-east-1.amazonaws.com";
    static final String SSO_KEY = "soak";
    /** Long enough for every bounded buffer (call logs, alarm history) to have filled before the heap is first read. */
    static final Duration WARM_UP = Duration.ofMinutes(60);

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger crashes = new AtomicInteger();
    private final AtomicLong stalls = new AtomicLong();
    private final AtomicLong longestStallMs = new AtomicLong();
    /** Stalls once the JIT has warmed up (after the warm-up hour): the figure that says how the wall runs for days. */
    private final AtomicLong stallsWarm = new AtomicLong();
    private final AtomicLong longestWarmStallMs = new AtomicLong();
    private volatile boolean warm;
    /** Set while the soak itself forces full GCs to read the heap: those pauses are the benchmark's, not the wall's. */
    private static volatile boolean measuringHeap;
    private int freshDuringFault;
    private int sweeps;
    private int failedSweeps;
    private final List<String> faultLog = new ArrayList<>();
    private final List<String> stallTimes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
        double hours = Double.parseDouble(System.getProperty("soak.hours", "8"));
        int code = new WallSoak().run(Duration.ofMinutes((long) (hours * 60)));
        System.exit(code);
    }

    int run(Duration simulated) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            crashes.incrementAndGet();
            System.err.println("CRASH on " + t.getName() + ": " + e);
        });
        IdentityCenterApi identity = new IdentityCenterApi(clock, Duration.ofSeconds(1), Duration.ofHours(8));
        Path tokens = Files.createTempDirectory("flowdeck-soak-sso");
        SsoTokenCache cache = new SsoTokenCache(tokens);
        freshToken(cache, identity);
        Path dnsmasq = findDnsmasq();
        try (MockBackend tokyo = MockBackend.withDemoFlows("ap-northeast-1", clock, Duration.ofSeconds(20)).withIdentityCenter(identity)
                .start(List.of("127.0.0.181"), 0);
             MockBackend virginia = MockBackend.withDemoFlows("us-east-1", clock, Duration.ofSeconds(20)).start(List.of("127.0.0.182"), 0);
             Dnsmasq dns = dnsmasq == null ? null : new Dnsmasq(dnsmasq, "127.0.0.183", Map.of(TOKYO_HOST, List.of("127.0.0.181")), 0).start()) {
            Timeouts quick = new Timeouts(Duration.ofMillis(300), Duration.ofMillis(1500), Duration.ofMillis(1500), Duration.ofSeconds(4));
            Connection tokyoConnection = new Connection("Soak · Tokyo (SSO, DNS server)", "ap-northeast-1", Map.of(
                    Connection.MEDIACONNECT, EndpointUrl.loopbackDemo("http", TOKYO_HOST, tokyo.port()),
                    Connection.CLOUDWATCH, EndpointUrl.loopbackDemo("http", TOKYO_HOST, tokyo.port()),
                    Connection.SSO_PORTAL, EndpointUrl.loopbackDemo("http", TOKYO_HOST, tokyo.port())),
                    dns == null ? Map.of(TOKYO_HOST, List.of(IpLiteral.parse("127.0.0.181").orElseThrow())) : Map.of(),
                    dns == null ? null : new InetSocketAddress(dns.address(), dns.port()), false, Map.of(), quick, TlsTrust.jdkDefaults(), null, false);
            Connection virginiaConnection = new Connection("Soak · N. Virginia (keys, pinned)", "us-east-1", Map.of(
                    Connection.MEDIACONNECT, EndpointUrl.loopbackDemo("http", VIRGINIA_HOST, virginia.port()),
                    Connection.CLOUDWATCH, EndpointUrl.loopbackDemo("http", VIRGINIA_HOST, virginia.port())),
                    Map.of(VIRGINIA_HOST, List.of(IpLiteral.parse("127.0.0.182").orElseThrow())), null, false, Map.of(), quick,
                    TlsTrust.jdkDefaults(), null, false);
            RequestBudget budget = new RequestBudget(10_000, 10_000);
            List<WallSource> sources = List.of(
                    source(tokyoConnection, session -> new SsoCredentialsProvider(cache, SSO_KEY, "sign in again", "123456789012",
                            "NocReadOnly", () -> session.ssoPortal("ap-northeast-1"), clock), budget),
                    source(virginiaConnection, session -> TestConnections.credentials(), budget));
            List<WallFeed> feeds = sources.stream().map(s -> s.feed(HealthRules.defaults(), Duration.ofSeconds(60), clock)).toList();
            try {
                return soak(simulated, feeds, sources, tokyo, virginia, dns, cache, identity);
            } finally {
                sources.forEach(WallSource::close);
            }
        }
    }

    private int soak(Duration simulated, List<WallFeed> feeds, List<WallSource> sources, MockBackend tokyo, MockBackend virginia,
                     Dnsmasq dns, SsoTokenCache cache, IdentityCenterApi identity) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WallViewModel[] model = new WallViewModel[1];
        runOnFx(() -> {
            model[0] = new WallViewModel(feeds.stream().map(WallFeed::name).toList(), TestConnections.messages(), clock, ZoneOffset.UTC,
                    Duration.ofMinutes(10));
            WallView view = new WallView(model[0], 1080, 10);
            Scene scene = new Scene(view, 1920, 1080);
            scene.getStylesheets().add(WallView.class.getResource("/dev/flowdeck/ui/wall.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.play();
        });
        Thread watchdog = watchdog();
        Instant start = clock.instant();
        Instant end = start.plus(simulated);
        Instant[] next = {start, start};
        int[] failures = new int[feeds.size()];
        long heapStart = -1;
        long realStart = System.nanoTime();
        String flappy = arnOf(tokyo, "baseball-srt-2");
        String planned = arnOf(virginia, "noc-feed-02");
        while (clock.instant().isBefore(end)) {
            Duration t = Duration.between(start, clock.instant());
            scheduleFaults(t, tokyo, virginia, dns, cache, identity, flappy, planned);
            for (int i = 0; i < feeds.size(); i++) {
                if (clock.instant().isBefore(next[i])) {
                    continue;
                }
                Sweep sweep;
                try {
                    sweep = feeds.get(i).sweep();
                } catch (RuntimeException e) {
                    crashes.incrementAndGet();
                    System.err.println("CRASH in a sweep: " + e);
                    continue;
                }
                sweeps++;
                failedSweeps += sweep.ok() ? 0 : 1;
                failures[i] = sweep.ok() ? 0 : failures[i] + 1;
                next[i] = clock.instant().plus(WallScheduler.delayAfter(REFRESH, failures[i], sweep.throttled()));
                String connection = sweep.connection();
                runOnFx(() -> {
                    model[0].apply(sweep);
                    if (!sweep.ok()) {
                        // The check the wall exists for: no tile of a failing connection may look fresh.
                        freshDuringFault += (int) model[0].tiles().stream().filter(x -> x.connection().equals(connection) && !x.stale()).count();
                    }
                });
            }
            if (t.toSeconds() % 3600 == 3540) {
                runOnFx(model[0]::acknowledgeAll); // the operator presses A once an hour
            }
            if (t.toSeconds() % 600 == 0) {
                // The backends stand in for AWS: their own request logs are not the wall's memory.
                tokyo.requests().clear();
                virginia.requests().clear();
            }
            if (heapStart < 0 && t.compareTo(WARM_UP) >= 0) {
                warm = true;
                heapStart = settledHeap();
            }
            clock.advance(STEP);
        }
        long heapEnd = settledHeap();
        watchdog.interrupt();
        long realMs = (System.nanoTime() - realStart) / 1_000_000;
        int[] sizes = new int[3];
        runOnFx(() -> {
            sizes[0] = model[0].tiles().size();
            sizes[1] = model[0].board().latches().history().size();
        });
        sizes[2] = sources.stream().mapToInt(s -> s.calls().snapshot().size()).max().orElse(0);

        System.out.printf("wall soak: %s simulated in %.1f s real, %d sweeps (%d failed, by the fault schedule)%n",
                simulated, realMs / 1000.0, sweeps, failedSweeps);
        faultLog.forEach(f -> System.out.println("  fault: " + f));
        System.out.println("crashes: " + crashes.get());
        System.out.println("JavaFX thread stalls over 100 ms: " + stalls.get() + " (longest " + longestStallMs.get() + " ms)"
                + (stallTimes.isEmpty() ? "" : " " + stallTimes));
        System.out.println("  of those after the warm-up hour: " + stallsWarm.get() + " (longest " + longestWarmStallMs.get() + " ms)");
        System.out.printf("heap after warm-up: %.1f MB, at the end: %.1f MB (%+.1f %%)%n", heapStart / 1e6, heapEnd / 1e6,
                (heapEnd - heapStart) * 100.0 / heapStart);
        System.out.println("tiles that showed fresh data during a fault: " + freshDuringFault);
        System.out.println("bounded: tiles " + sizes[0] + ", alarm history " + sizes[1] + " (max 200), call log " + sizes[2]
                + " per connection (max 300)");
        boolean flat = Math.abs(heapEnd - heapStart) <= heapStart * 0.10;
        boolean ok = crashes.get() == 0 && freshDuringFault == 0 && flat;
        System.out.println(ok ? "SOAK OK" : "SOAK FAILED");
        return ok ? 0 : 1;
    }

    /** The schedule, repeated every four simulated hours (minutes within the cycle). */
    private void scheduleFaults(Duration t, MockBackend tokyo, MockBackend virginia, Dnsmasq dns, SsoTokenCache cache,
                                IdentityCenterApi identity, String flappy, String planned) throws Exception {
        long s = t.toSeconds() % CYCLE.toSeconds();
        if (s % 300 == 0 && s > 0) {
            // A flow flapping between ACTIVE and ERROR every five minutes.
            tokyo.store().forceStatus(flappy, (s / 300) % 2 == 1 ? "ERROR" : "ACTIVE");
        }
        if (s % (17 * 60) == 0 && s > 0) {
            // Someone else stops and later restarts a live flow: a planned stop still latches.
            virginia.store().forceStatus(planned, (s / (17 * 60)) % 2 == 1 ? "STANDBY" : "ACTIVE");
        }
        at(s, 20, () -> tokyo.faults().arm("ListFlows", Fault.throttle(-1)), "429 on every ListFlows (Tokyo), 5 min");
        at(s, 25, tokyo.faults()::clear, null);
        at(s, 45, () -> tokyo.faults().arm("ListFlows", Fault.serverError(500, -1)), "500 on every ListFlows (Tokyo), 3 min");
        at(s, 48, tokyo.faults()::clear, null);
        at(s, 70, () -> virginia.faults().arm("ListFlows", Fault.drop(-1)), "connection resets (N. Virginia), 2 min");
        at(s, 72, virginia.faults()::clear, null);
        if (dns != null) {
            at(s, 95, dns::stop, "DNS server down (Tokyo), 5 min");
            at(s, 100, dns::start, null);
        }
        at(s, 125, () -> tokyo.faults().arm("ListFlows", Fault.latency(Duration.ofSeconds(3))), "black-holed endpoint: no answer (Tokyo), 2 min");
        at(s, 127, tokyo.faults()::clear, null);
        at(s, 150, () -> expiredToken(cache), "sign-in expired (Tokyo), 15 min, then a new token in the cache");
        at(s, 165, () -> freshToken(cache, identity), null);
    }

    private interface Step {
        void run() throws Exception;
    }

    private void at(long secondInCycle, int minute, Step step, String description) throws Exception {
        if (secondInCycle == minute * 60L) {
            step.run();
            if (description != null) {
                faultLog.add(description);
            }
        }
    }

    private void freshToken(SsoTokenCache cache, IdentityCenterApi identity) throws Exception {
        String token = "soak-token-" + clock.instant().toEpochMilli();
        Instant expires = clock.instant().plus(Duration.ofHours(8));
        identity.acceptToken(token, expires);
        cache.write(SSO_KEY, new SsoToken(IdentityCenterApi.START_URL, "ap-northeast-1", token, expires, null, null, null, null));
    }

    private void expiredToken(SsoTokenCache cache) throws Exception {
        cache.write(SSO_KEY, new SsoToken(IdentityCenterApi.START_URL, "ap-northeast-1", "soak-expired", clock.instant().minusSeconds(1),
                null, null, null, null));
    }

    private WallSource source(Connection connection, java.util.function.Function<dev.flowdeck.aws.AwsSession,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider> credentials, RequestBudget budget) {
        CallLog calls = new CallLog(300);
        var services = new AppComposition(TestConnections.bundle(), calls, budget)
                .assemble(new ConnectionSetup(connection, credentials, null, List.of(), null, null, true));
        return new WallSource(services, calls);
    }

    /** Posts to the JavaFX thread every 20 ms and counts the times it answered more than 100 ms late. */
    private Thread watchdog() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(ran::countDown);
                try {
                    ran.await();
                    long lateMs = (System.nanoTime() - posted) / 1_000_000;
                    if (!measuringHeap) {
                        if (lateMs > 100) {
                            stalls.incrementAndGet();
                            synchronized (stallTimes) {
                                if (stallTimes.size() < 10) {
                                    stallTimes.add(lateMs + " ms at " + clock.instant());
                                }
                            }
                        }
                        longestStallMs.accumulateAndGet(lateMs, Math::max);
                        if (warm) {
                            if (lateMs > 100) {
                                stallsWarm.incrementAndGet();
                            }
                            longestWarmStallMs.accumulateAndGet(lateMs, Math::max);
                        }
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void runOnFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within 30 s");
        }
    }

    private static long settledHeap() throws InterruptedException {
        measuringHeap = true;
        try {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        } finally {
            Thread.sleep(300);
            measuringHeap = false;
        }
    }

    private static String arnOf(MockBackend backend, String name) {
        return backend.store().arns().stream().filter(a -> a.endsWith(":" + name)).findFirst().orElseThrow();
    }

    private static Path findDnsmasq() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/sbin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "dnsmasq");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        System.out.println("dnsmasq not found: the DNS outage is left out of the schedule (apt-get install dnsmasq-base)");
        return null;
    }
}

package dev.flowdeck.wall;

import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowHealth;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.FlowDeckException;
import dev.flowdeck.service.FlowReader;
import dev.flowdeck.service.HealthService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One connection's refresh for the wall: one ListFlows sweep, DescribeFlow only for a few flows
 * whose summary changed (or whose protocol is not known yet), health once per health interval.
 * Reads only: it is given a {@link FlowReader}, never anything that can start or stop a flow.
 */
public final class WallFeed {
    static final int DESCRIBES_PER_SWEEP = 5;

    private final String name;
    private final FlowReader flows;
    private final HealthService health;
    private final CallLog calls;
    private final String mediaConnectHost;
    private final Supplier<Instant> signInExpires;
    private final Clock clock;
    private final Duration healthEvery;
    private final Map<String, FlowSummary> lastSeen = new HashMap<>();
    private final Map<String, String> protocols = new HashMap<>();
    private Instant lastHealth = Instant.MIN;

    public WallFeed(String name, FlowReader flows, HealthService health, CallLog calls, String mediaConnectHost,
                    Supplier<Instant> signInExpires, Clock clock, Duration healthEvery) {
        this.name = name;
        this.flows = flows;
        this.health = health;
        this.calls = calls;
        this.mediaConnectHost = mediaConnectHost;
        this.signInExpires = signInExpires;
        this.clock = clock;
        this.healthEvery = healthEvery;
    }

    public String name() {
        return name;
    }

    /** Blocking: run it off the JavaFX thread. Never throws: a failure is a {@link Sweep} that says why. */
    public Sweep sweep() {
        Instant now = clock.instant();
        List<FlowSummary> list;
        try {
            list = flows.listFlows();
        } catch (RuntimeException e) {
            FlowDeckException.Kind kind = e instanceof FlowDeckException fd ? fd.kind() : FlowDeckException.Kind.OTHER;
            PathVerdict path = kind == FlowDeckException.Kind.SIGN_IN_EXPIRED
                    ? new PathVerdict(PathVerdict.Kind.NONE, Sweep.SIGNED_OUT) : path();
            return Sweep.failed(name, now, path, String.valueOf(e.getMessage()), kind == FlowDeckException.Kind.THROTTLED);
        }
        Map<String, String> learnt = describeChanged(list);
        Map<String, FlowHealth> verdicts = Map.of();
        if (health != null && !now.isBefore(lastHealth.plus(healthEvery))) {
            lastHealth = now;
            verdicts = health.health(list);
        }
        lastSeen.clear();
        list.forEach(f -> lastSeen.put(f.arn(), f));
        return new Sweep(name, now, list, verdicts, learnt, path(), expiry(), null, false);
    }

    private Map<String, String> describeChanged(List<FlowSummary> list) {
        Map<String, String> learnt = new HashMap<>();
        int budget = DESCRIBES_PER_SWEEP;
        for (FlowSummary f : list) {
            FlowSummary was = lastSeen.get(f.arn());
            boolean changed = was == null || !Objects.equals(was.status(), f.status()) || !Objects.equals(was.name(), f.name());
            if ((!changed && protocols.containsKey(f.arn())) || budget == 0 || f.statusKind() == FlowStatus.DELETING) {
                continue;
            }
            budget--;
            try {
                FlowDetail d = flows.describeFlow(f.arn());
                String protocol = d.sources().isEmpty() ? null : d.sources().get(0).entitled() ? "entitled" : d.sources().get(0).protocol();
                if (protocol != null) {
                    protocols.put(f.arn(), protocol);
                    learnt.put(f.arn(), protocol);
                }
            } catch (RuntimeException e) {
                // The tile keeps what it knew; the next sweep tries again.
            }
        }
        protocols.keySet().retainAll(list.stream().map(FlowSummary::arn).toList());
        return learnt;
    }

    /** The path of this connection's newest MediaConnect call: private via an ENI, public, or unreachable. */
    private PathVerdict path() {
        List<CallRecord> records = calls.snapshot();
        for (int i = records.size() - 1; i >= 0; i--) {
            CallRecord r = records.get(i);
            if (mediaConnectHost.equalsIgnoreCase(r.host())) {
                return r.connectedTo() == null ? new PathVerdict(PathVerdict.Kind.NONE, "unreachable") : r.path();
            }
        }
        return PathVerdict.none();
    }

    private Instant expiry() {
        try {
            return signInExpires.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

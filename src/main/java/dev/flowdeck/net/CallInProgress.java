package dev.flowdeck.net;

import dev.flowdeck.domain.Attempt;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.PathVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.protocol.HttpContext;

/** The mutable record of one API call while it runs; becomes a {@link CallRecord} when it ends. */
final class CallInProgress {
    final long id;
    final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    final String service;
    final String operation;
    String url;
    String host;
    Resolution resolution;
    String dnsNote;
    final List<AttemptInProgress> attempts = new ArrayList<>();
    Integer httpStatus;
    String requestId;
    String route = "direct";

    CallInProgress(long id, String service, String operation) {
        this.id = id;
        this.service = service;
        this.operation = operation;
    }

    AttemptInProgress startAttempt(String target, int port, HttpContext context) {
        AttemptInProgress current = current();
        if (current != null && current.error == null && current.httpStatus == null) {
            current.finish("no response");
        }
        AttemptInProgress attempt = new AttemptInProgress(attempts.size() + 1, target, port, context);
        attempts.add(attempt);
        return attempt;
    }

    AttemptInProgress current() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    boolean alreadyTried(String address) {
        return attempts.stream().anyMatch(a -> a.target.equals(address));
    }

    CallRecord finish(String error, PathClassifier classifier) {
        AttemptInProgress last = current();
        if (last != null && last.elapsedMs < 0) {
            last.finish(error);
        }
        List<Attempt> done = attempts.stream().map(AttemptInProgress::toAttempt).toList();
        String connected = null;
        for (Attempt a : done) {
            if (a.connected()) {
                connected = a.connectedAddress();
            }
        }
        List<String> answers = resolution == null ? List.of() : resolution.addressTexts();
        String dnsSource = resolution != null ? resolution.source() : dnsNote != null ? dnsNote : "—";
        long latency = (System.nanoTime() - startNanos) / 1_000_000;
        PathVerdict path = route.startsWith("via proxy") && connected != null
                ? new PathVerdict(PathVerdict.Kind.PROXY, "proxy " + connected + " → " + host)
                : classifier.classify(connected);
        return new CallRecord(id, started, service, operation, url, host, answers, dnsSource, done, httpStatus,
                requestId, latency, error, path, route);
    }

    /** One attempt while it runs. */
    static final class AttemptInProgress {
        final int number;
        final String target;
        final int port;
        final HttpContext context;
        private final long startNanos = System.nanoTime();
        String connectedAddress;
        Boolean reused;
        Integer httpStatus;
        long elapsedMs = -1;
        String error;

        AttemptInProgress(int number, String target, int port, HttpContext context) {
            this.number = number;
            this.target = target;
            this.port = port;
            this.context = context;
        }

        void finish(String failure) {
            if (elapsedMs < 0) {
                elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
            }
            if (failure != null && error == null) {
                error = failure;
            }
        }

        Attempt toAttempt() {
            return new Attempt(number, target, port, connectedAddress, reused, httpStatus, Math.max(elapsedMs, 0), error);
        }
    }
}

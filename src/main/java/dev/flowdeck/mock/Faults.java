package dev.flowdeck.mock;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Faults armed per operation name (e.g. "ListFlows"), consumed as requests arrive. */
public final class Faults {
    private final Map<String, Fault> armed = new ConcurrentHashMap<>();

    public void arm(String operation, Fault fault) {
        armed.put(operation, fault);
    }

    public void clear() {
        armed.clear();
    }

    /** The fault to apply to this request, if any, counting it against the fault's budget. */
    Optional<Fault> take(String operation) {
        Fault[] taken = new Fault[1];
        armed.computeIfPresent(operation, (op, fault) -> {
            if (fault.exhausted()) {
                return null;
            }
            taken[0] = fault;
            Fault next = fault.consumedOnce();
            return next.exhausted() ? null : next;
        });
        return Optional.ofNullable(taken[0]);
    }
}

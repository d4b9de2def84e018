package dev.flowdeck.mock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What reached the backend, as the backend saw it: for tests that check the wire, bounded. */
public final class RequestLog {
    /** One request as received: the raw request line's path, the Host header and both socket ends. */
    public record Entry(String operation, String method, String rawPath, String rawQuery, String hostHeader,
                        String localAddress, String remoteAddress, int status) {
    }

    private static final int CAPACITY = 2000;
    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long count(String operation) {
        return entries.stream().filter(e -> operation.equals(e.operation())).count();
    }

    public synchronized void clear() {
        entries.clear();
    }
}

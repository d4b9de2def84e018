package dev.flowdeck.net;

import dev.flowdeck.domain.CallRecord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The last N call records, in order, with listeners. Bounded: memory does not grow with uptime. */
public final class CallLog {
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final Deque<CallRecord> records = new ArrayDeque<>();
    private final List<Consumer<CallRecord>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public CallLog(int capacity) {
        this.capacity = capacity;
    }

    public CallLog() {
        this(DEFAULT_CAPACITY);
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    public void add(CallRecord record) {
        synchronized (records) {
            if (records.size() == capacity) {
                records.removeFirst();
            }
            records.addLast(record);
        }
        listeners.forEach(listener -> listener.accept(record));
    }

    public List<CallRecord> snapshot() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** Listeners are called on the thread that made the call; the UI crosses to its thread itself. */
    public Runnable subscribe(Consumer<CallRecord> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}

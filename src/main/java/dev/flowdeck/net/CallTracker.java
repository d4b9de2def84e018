package dev.flowdeck.net;

/**
 * The call being made on this thread. The SDK's synchronous clients run the interceptor, the retry
 * strategy and Apache's route planner on the caller's thread, so a thread-local joins them.
 */
final class CallTracker {
    private static final ThreadLocal<CallInProgress> CURRENT = new ThreadLocal<>();

    private CallTracker() {
    }

    static void begin(CallInProgress call) {
        CURRENT.set(call);
    }

    static CallInProgress current() {
        return CURRENT.get();
    }

    static void end() {
        CURRENT.remove();
    }
}

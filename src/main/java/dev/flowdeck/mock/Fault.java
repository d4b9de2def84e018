package dev.flowdeck.mock;

import java.time.Duration;

/**
 * One injected misbehaviour for an operation: a delay before answering, and optionally an error
 * status, a malformed body, or a dropped connection. {@code times} counts how many requests it
 * affects (-1: every request until cleared).
 */
public record Fault(Duration delay, int status, String errorType, boolean malformedBody, boolean dropConnection,
                    int times) {

    public static Fault latency(Duration delay) {
        return new Fault(delay, 0, null, false, false, -1);
    }

    public static Fault throttle(int times) {
        return new Fault(Duration.ZERO, 429, "TooManyRequestsException", false, false, times);
    }

    public static Fault serverError(int status, int times) {
        String type = status == 503 ? "ServiceUnavailableException" : "InternalServerErrorException";
        return new Fault(Duration.ZERO, status, type, false, false, times);
    }

    /** The caller lacks the IAM permission for the operation (403). */
    public static Fault accessDenied(int times) {
        return new Fault(Duration.ZERO, 403, "AccessDenied", false, false, times);
    }

    public static Fault malformed(int times) {
        return new Fault(Duration.ZERO, 0, null, true, false, times);
    }

    public static Fault drop(int times) {
        return new Fault(Duration.ZERO, 0, null, false, true, times);
    }

    Fault consumedOnce() {
        return times < 0 ? this : new Fault(delay, status, errorType, malformedBody, dropConnection, times - 1);
    }

    boolean exhausted() {
        return times == 0;
    }
}

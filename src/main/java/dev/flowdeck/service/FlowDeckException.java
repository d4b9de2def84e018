package dev.flowdeck.service;

/** A failure with a one-line message for the user that says what happened and what to do. */
public final class FlowDeckException extends RuntimeException {
    private final Kind kind;

    public enum Kind { SIGN_IN_EXPIRED, TIMEOUT, UNREACHABLE, DNS, WRONG_REGION, ACCESS, NOT_FOUND, REFUSED, THROTTLED, SERVER, MALFORMED, OTHER }

    public FlowDeckException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

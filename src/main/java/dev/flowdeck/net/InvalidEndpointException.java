package dev.flowdeck.net;

/** An endpoint override that cannot be used, with a message that says what to type instead. */
public final class InvalidEndpointException extends IllegalArgumentException {
    public InvalidEndpointException(String message) {
        super(message);
    }
}

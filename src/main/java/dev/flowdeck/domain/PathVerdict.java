package dev.flowdeck.domain;

/** Which way a call's packets went, in words: loopback demo, private address, public address. */
public record PathVerdict(Kind kind, String label) {

    public enum Kind { LOOPBACK_DEMO, PRIVATE, PUBLIC, PROXY, NONE }

    public static PathVerdict none() {
        return new PathVerdict(Kind.NONE, "no connection");
    }
}

package dev.flowdeck.domain;

/**
 * One try of an API call: the address it went to and how that ended. {@code connectedAddress} comes
 * from the socket itself (null when no connection was made); {@code reused} is null when unknown.
 */
public record Attempt(int number, String targetAddress, int port, String connectedAddress, Boolean reused,
                      Integer httpStatus, long elapsedMs, String error) {

    public boolean connected() {
        return connectedAddress != null;
    }
}

package dev.flowdeck.net;

/**
 * One address probed: did TCP connect (and how fast), and for HTTPS, the TLS version and whether
 * the certificate matches the host name (null when the handshake did not get that far).
 */
public record ProbeResult(String address, int port, boolean tcpOk, long connectMs, String tcpError, String tlsVersion,
                          Boolean certificateMatchesHost, String tlsError, Outcome outcome) {

    /** How the probe ended, for the verdict: a refusal and a silence mean different things. */
    public enum Outcome { OK, REFUSED, TIMED_OUT, TCP_FAILED, NOT_TLS, NAME_MISMATCH, UNTRUSTED, TLS_FAILED }

    public String summary() {
        if (!tcpOk) {
            return "TCP " + port + ": " + tcpError;
        }
        String tcp = "TCP " + port + " ok in " + connectMs + " ms";
        if (tlsVersion != null) {
            return tcp + " · " + tlsVersion + " · certificate matches the name";
        }
        return tlsError == null ? tcp : tcp + " · " + tlsError;
    }
}

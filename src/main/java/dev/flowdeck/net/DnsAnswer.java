package dev.flowdeck.net;

import java.util.List;

/**
 * One DNS query as {@code dig} would show it: the server asked, its status (NOERROR, NXDOMAIN,
 * SERVFAIL, TIMEOUT…), the address records with TTLs, and how long it took.
 */
public record DnsAnswer(String name, String server, String status, List<DnsRecord> records, long elapsedMs,
                        String error) {

    public boolean ok() {
        return "NOERROR".equals(status) && !records.isEmpty();
    }

    public List<String> addresses() {
        return records.stream().map(DnsRecord::address).toList();
    }

    /** Spelled out for people: "NXDOMAIN (no such name)", "TIMEOUT (no answer in 2 s)". */
    public String statusText() {
        return switch (status) {
            case "NOERROR" -> records.isEmpty() ? "NOERROR, but no address records" : "NOERROR";
            case "NXDOMAIN" -> "NXDOMAIN (no such name)";
            case "SERVFAIL" -> "SERVFAIL (the server could not answer)";
            case "REFUSED" -> "REFUSED (the server will not answer this)";
            case "NOT_LOOKED_UP" -> "not looked up (" + error + ")";
            case "UNREACHABLE" -> "UNREACHABLE (" + error + ")";
            case "TIMEOUT" -> "TIMEOUT (" + (error == null ? "no answer" : error) + ")";
            default -> status + (error == null ? "" : " (" + error + ")");
        };
    }
}

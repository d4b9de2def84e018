package dev.flowdeck.net;

/** One address answer and its time to live. */
public record DnsRecord(String address, long ttlSeconds) {
}

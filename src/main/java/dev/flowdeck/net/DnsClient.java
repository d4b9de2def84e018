package dev.flowdeck.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks one chosen DNS server (e.g. a Route 53 Resolver inbound endpoint) through dnsjava. Answers
 * are cached for their TTL; failures only for {@link #NEGATIVE_TTL}, so a DNS outage does not stick
 * after it ends.
 */
public final class DnsClient {
    public static final Duration NEGATIVE_TTL = Duration.ofSeconds(5);

    private final InetSocketAddress server;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(DnsAnswer answer, Instant expires) {
    }

    public DnsClient(InetSocketAddress server, Duration timeout, Clock clock) {
        this.server = server;
        this.timeout = timeout;
        this.clock = clock;
    }

    public String serverText() {
        return server.getAddress().getHostAddress() + ":" + server.getPort();
    }

    /** The cache rule, for the panel: what FlowDeck's own DNS cache keeps and for how long. */
    public String cachePolicy() {
        return "answers for their TTL, failures for " + NEGATIVE_TTL.toSeconds() + " s";
    }

    /** One uncached query for A records, reported like dig. */
    public DnsAnswer query(String host) {
        long start = System.nanoTime();
        String name = host.toLowerCase(Locale.ROOT);
        try {
            SimpleResolver resolver = new SimpleResolver(server);
            resolver.setTimeout(timeout);
            Message query = Message.newQuery(Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), Type.A, DClass.IN));
            Message response = resolver.send(query);
            List<DnsRecord> records = new ArrayList<>();
            for (Record r : response.getSection(Section.ANSWER)) {
                if (r instanceof ARecord a) {
                    records.add(new DnsRecord(a.getAddress().getHostAddress(), a.getTTL()));
                }
            }
            return new DnsAnswer(name, serverText(), Rcode.string(response.getRcode()), List.copyOf(records), elapsed(start), null);
        } catch (TextParseException e) {
            return new DnsAnswer(name, serverText(), "BADNAME", List.of(), elapsed(start), "not a valid DNS name");
        } catch (java.net.PortUnreachableException e) {
            return new DnsAnswer(name, serverText(), "UNREACHABLE", List.of(), elapsed(start),
                    "nothing answers DNS at " + serverText());
        } catch (SocketTimeoutException e) {
            return new DnsAnswer(name, serverText(), "TIMEOUT", List.of(), elapsed(start),
                    "no answer from " + serverText() + " in " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean timedOut = why.toLowerCase(Locale.ROOT).contains("timed out");
            return new DnsAnswer(name, serverText(), timedOut ? "TIMEOUT" : "ERROR", List.of(), elapsed(start), why);
        }
    }

    /** Cached resolution for connections; throws with the server's status when there is no address. */
    public Resolution resolve(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Cached cached = cache.get(name);
        DnsAnswer answer;
        if (cached != null && now.isBefore(cached.expires())) {
            answer = cached.answer();
        } else {
            answer = query(name);
            Duration ttl = answer.ok()
                    ? Duration.ofSeconds(answer.records().stream().mapToLong(DnsRecord::ttlSeconds).min().orElse(0))
                    : NEGATIVE_TTL;
            cache.put(name, new Cached(answer, now.plus(ttl)));
        }
        if (!answer.ok()) {
            String status = answer.statusText();
            // Unreachable and timeout texts already name the server.
            String from = status.contains(serverText()) ? "" : " from " + serverText();
            throw new UnknownHostException("DNS lookup failed for " + host + ": " + status + from);
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String a : answer.addresses()) {
            addresses.add(IpLiteral.parse(a).orElseThrow());
        }
        return new Resolution(name, List.copyOf(addresses), "DNS " + serverText(), answer.elapsedMs());
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

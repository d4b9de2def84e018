package dev.flowdeck.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpException;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.conn.routing.HttpRoutePlanner;
import org.apache.http.impl.conn.DefaultSchemePortResolver;
import org.apache.http.protocol.HttpContext;

/**
 * Picks the address of every attempt itself, so each attempt goes to exactly one known IP and is
 * recorded before it is sent. The host name stays on the route, so SNI and certificate checks use
 * the name, not the IP. An address that just failed is tried last for a short while, and a retry
 * moves on to an address this call has not tried yet.
 */
final class RecordingRoutePlanner implements HttpRoutePlanner {
    private static final Duration FAILED_MEMORY = Duration.ofSeconds(30);

    private final HostResolver resolver;
    private final Clock clock;
    private final Map<String, Instant> recentlyFailed = new ConcurrentHashMap<>();

    private final ProxySettings proxy;

    RecordingRoutePlanner(HostResolver resolver, Clock clock, ProxySettings proxy) {
        this.resolver = resolver;
        this.clock = clock;
        this.proxy = proxy;
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpRequest request, HttpContext context) throws HttpException {
        int port;
        try {
            port = DefaultSchemePortResolver.INSTANCE.resolve(target);
        } catch (java.io.IOException unsupported) {
            throw new HttpException("Unsupported scheme in " + target, unsupported);
        }
        boolean secure = "https".equalsIgnoreCase(target.getSchemeName());
        CallInProgress call = CallTracker.current();
        if (proxy != null) {
            var bypass = proxy.bypassEntry(target.getHostName());
            if (bypass.isEmpty()) {
                return throughProxy(target, port, secure, context, call);
            }
            if (call != null) {
                call.route = "proxy bypassed (NO_PROXY " + bypass.get() + ")";
            }
        }
        Resolution resolution;
        try {
            resolution = resolver.resolve(target.getHostName());
        } catch (UnknownHostException e) {
            if (call != null) {
                call.dnsNote = e.getMessage();
            }
            // No address on the route: Apache asks the resolver again and fails the attempt with this error.
            return new HttpRoute(new HttpHost(target.getHostName(), port, target.getSchemeName()), null, secure);
        }
        InetAddress chosen = choose(resolution.addresses(), call);
        if (call != null) {
            if (call.resolution == null) {
                call.resolution = resolution;
            }
            call.startAttempt(chosen.getHostAddress(), port, context);
        }
        HttpHost pinned = new HttpHost(chosen, target.getHostName(), port, target.getSchemeName());
        return new HttpRoute(pinned, null, secure);
    }

    /** Through the proxy: the proxy resolves the name; the attempt's address is the proxy's. */
    private HttpRoute throughProxy(HttpHost target, int port, boolean secure, HttpContext context, CallInProgress call)
            throws HttpException {
        InetAddress proxyAddress;
        try {
            proxyAddress = resolver.resolve(proxy.host()).addresses().get(0);
        } catch (UnknownHostException e) {
            throw new HttpException("Cannot resolve the proxy " + proxy.host() + ": " + e.getMessage());
        }
        if (call != null) {
            call.route = "via proxy " + proxy.address();
            call.dnsNote = "resolved by the proxy";
            call.startAttempt(proxyAddress.getHostAddress(), proxy.port(), context);
        }
        HttpHost proxyHost = new HttpHost(proxyAddress, proxy.host(), proxy.port(), "http");
        return new HttpRoute(new HttpHost(target.getHostName(), port, target.getSchemeName()), null, proxyHost, secure);
    }

    void markFailed(String address) {
        recentlyFailed.put(address, clock.instant());
    }

    void markWorking(String address) {
        recentlyFailed.remove(address);
    }

    private InetAddress choose(List<InetAddress> answers, CallInProgress call) {
        Instant now = clock.instant();
        recentlyFailed.values().removeIf(when -> when.plus(FAILED_MEMORY).isBefore(now));
        InetAddress untriedHealthy = null;
        InetAddress untried = null;
        for (InetAddress address : answers) {
            String text = address.getHostAddress();
            boolean tried = call != null && call.alreadyTried(text);
            if (!tried && untried == null) {
                untried = address;
            }
            if (!tried && !recentlyFailed.containsKey(text)) {
                untriedHealthy = address;
                break;
            }
        }
        if (untriedHealthy != null) {
            return untriedHealthy;
        }
        if (untried != null) {
            return untried;
        }
        // Every answer was tried: go round again, in order.
        int attempt = call == null ? 0 : call.attempts.size();
        return answers.get(attempt % answers.size());
    }
}

package dev.flowdeck.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An endpoint override as people type it, made canonical: scheme, host and a port only when it is
 * not the scheme's default, no path. {@code https://VPCE/}, {@code https://VPCE:443},
 * {@code https://VPCE/v1} and {@code "  VPCE  "} all become {@code https://VPCE}.
 */
public record EndpointUrl(URI uri, List<String> notices) {

    /** Parses what the user typed; throws with a message that says what to type instead. */
    public static EndpointUrl parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidEndpointException("The endpoint is empty. Type the VPC endpoint's DNS name, "
                    + "for example https://vpce-0123456789abcdef0-abcdefgh.mediaconnect.us-east-1.vpce.amazonaws.com");
        }
        String text = typed.strip();
        List<String> notices = new ArrayList<>();
        if (!text.contains("://")) {
            String scheme = isLoopbackHost(hostPart(text)) ? "http" : "https";
            notices.add("No scheme given: using " + scheme + "://");
            text = scheme + "://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidEndpointException("\"" + typed.strip() + "\" is not a valid URL (" + e.getReason()
                    + "). Type a host name such as https://vpce-….mediaconnect.<region>.vpce.amazonaws.com");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidEndpointException("The endpoint must start with https:// (found \"" + scheme + "://\").");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new InvalidEndpointException("\"" + typed.strip() + "\" has no host name. Type the endpoint's DNS name, "
                    + "for example https://vpce-….mediaconnect.<region>.vpce.amazonaws.com");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopbackHost(host)) {
            throw new InvalidEndpointException("Plain http:// is refused for " + host
                    + ": AWS endpoints need https://. Only the loopback demo may use http.");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidEndpointException("The endpoint must not contain a user name or password.");
        }
        int port = uri.getPort();
        if (port == defaultPort(scheme)) {
            port = -1;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!path.isEmpty()) {
            notices.add("Removed the path \"" + path + "\": the SDK adds the API path (/v1/…) itself");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            notices.add("Removed the query/fragment: an endpoint is only scheme, host and port");
        }
        try {
            URI canonical = new URI(scheme, null, host, port, null, null, null);
            return new EndpointUrl(canonical, List.copyOf(notices));
        } catch (URISyntaxException e) {
            throw new InvalidEndpointException("\"" + typed.strip() + "\" is not a valid endpoint: " + e.getReason());
        }
    }

    /**
     * The demo's endpoint: a real endpoint name served on loopback. Built directly because the
     * user-facing rule (http only for loopback hosts) cannot see that the name is pinned to loopback.
     */
    public static EndpointUrl loopbackDemo(String scheme, String host, int port) {
        try {
            return new EndpointUrl(new URI(scheme, null, host, port, null, null, null), List.of());
        } catch (URISyntaxException e) {
            throw new InvalidEndpointException("Bad demo endpoint " + host + ": " + e.getReason());
        }
    }

    public String host() {
        return uri.getHost();
    }

    /** The port connections go to (the scheme's default when none was typed). */
    public int effectivePort() {
        return uri.getPort() > 0 ? uri.getPort() : defaultPort(uri.getScheme());
    }

    public boolean isHttps() {
        return uri.getScheme().equals("https");
    }

    /** True when the host is an address literal rather than a name (certificates cannot match it). */
    public boolean hostIsAddress() {
        return IpLiteral.isLiteral(host());
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static int defaultPort(String scheme) {
        return "http".equals(scheme) ? 80 : 443;
    }

    private static String hostPart(String text) {
        String rest = text;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        int colon = rest.lastIndexOf(':');
        return colon > 0 && !rest.startsWith("[") ? rest.substring(0, colon) : rest;
    }

    private static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}

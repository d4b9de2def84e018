package dev.flowdeck.net;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTPS proxy and its NO_PROXY list as people write them: {@code localhost, .vpce.amazonaws.com,
 * example.com, *}. A leading dot or "*." means "this domain and below"; a bare name matches itself
 * and its subdomains, like curl. Credentials in the proxy URL are used only to answer the proxy.
 */
public record ProxySettings(String host, int port, String user, String password, List<String> noProxy) {

    public static Optional<ProxySettings> fromEnvironment(Map<String, String> env) {
        String url = first(env, "HTTPS_PROXY", "https_proxy");
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.contains("://") ? url.strip() : "http://" + url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("HTTPS_PROXY \"" + url + "\" is not a URL like http://proxy.example:3128");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("HTTPS_PROXY \"" + url + "\" has no host: write it like http://proxy.example:3128");
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        String noProxy = first(env, "NO_PROXY", "no_proxy");
        List<String> entries = noProxy == null ? List.of() : Arrays.stream(noProxy.split(","))
                .map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return Optional.of(new ProxySettings(uri.getHost(), port, user, password, entries));
    }

    /** The NO_PROXY entry that lets {@code host} bypass the proxy, if any. */
    public Optional<String> bypassEntry(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy) {
            String e = entry.replaceFirst(":\\d+$", "");
            if (e.equals("*")) {
                return Optional.of(entry);
            }
            String domain = e.startsWith("*.") ? e.substring(2) : e.startsWith(".") ? e.substring(1) : e;
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public String address() {
        return host + ":" + port;
    }

    /** For display: never the password. */
    @Override
    public String toString() {
        return "proxy " + address() + (user == null ? "" : " (user " + user + ")");
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

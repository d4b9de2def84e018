package dev.flowdeck.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Address literals, parsed without ever asking a resolver. */
public final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private IpLiteral() {
    }

    public static boolean isLiteral(String host) {
        return parse(host).isPresent();
    }

    /** The address when {@code host} is an IPv4 or IPv6 literal; never a DNS lookup. */
    public static Optional<InetAddress> parse(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = IPV4.matcher(h).matches();
        boolean v6 = h.contains(":") && h.matches("[0-9a-fA-F:.%]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // getByName does not query DNS for a literal.
            return Optional.of(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

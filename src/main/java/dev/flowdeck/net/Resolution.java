package dev.flowdeck.net;

import java.net.InetAddress;
import java.util.List;

/** A host name's answers and who gave them (a pin, a literal, the system resolver). */
public record Resolution(String host, List<InetAddress> addresses, String source, long elapsedMs) {

    public List<String> addressTexts() {
        return addresses.stream().map(InetAddress::getHostAddress).toList();
    }
}

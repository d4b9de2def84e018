package dev.flowdeck.net;

import java.security.Security;

/** What the JVM's own DNS cache keeps, read back from the security properties in force. */
public interface JvmDnsCache {

    static String describe() {
        return "JVM DNS cache: answers " + seconds("networkaddress.cache.ttl") + ", failures "
                + seconds("networkaddress.cache.negative.ttl");
    }

    private static String seconds(String property) {
        String value = Security.getProperty(property);
        return value == null ? "JDK default" : value + " s";
    }
}

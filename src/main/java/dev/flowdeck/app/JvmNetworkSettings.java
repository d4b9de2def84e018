package dev.flowdeck.app;

import java.security.Security;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide network settings, applied before the first lookup: short DNS cache lifetimes (a
 * failed lookup during a VPN drop must not stick) and no instance-metadata probing by the SDK.
 */
public final class JvmNetworkSettings {
    private static final Logger LOG = LoggerFactory.getLogger(JvmNetworkSettings.class);
    public static final int POSITIVE_TTL_SECONDS = 30;
    public static final int NEGATIVE_TTL_SECONDS = 5;

    private JvmNetworkSettings() {
    }

    public static void apply() {
        Security.setProperty("networkaddress.cache.ttl", String.valueOf(POSITIVE_TTL_SECONDS));
        Security.setProperty("networkaddress.cache.negative.ttl", String.valueOf(NEGATIVE_TTL_SECONDS));
        // FlowDeck builds every credential and region explicitly; this stops any SDK fallback to 169.254.169.254.
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("sun.net.httpserver.nodelay", "true");
        LOG.debug("JVM DNS cache: {} s for answers, {} s for failures", POSITIVE_TTL_SECONDS, NEGATIVE_TTL_SECONDS);
    }
}

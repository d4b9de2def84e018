package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One named connection as saved on disk: which profile, region, per-service overrides, pins, DNS
 * server and whether it is read-only. Never a key, secret or token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SavedConnection(String name, String profile, String region, Map<String, String> endpoints,
                              Map<String, List<String>> pins, String dnsServer, String caBundle, boolean readOnly,
                              String ssoAccountId, String ssoRoleName) {

    public SavedConnection {
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        pins = pins == null ? Map.of() : Map.copyOf(pins);
    }
}

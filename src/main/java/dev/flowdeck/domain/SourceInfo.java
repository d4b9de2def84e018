package dev.flowdeck.domain;

/**
 * One source of a flow. Entitled sources have a granting account and no ingest fields; fields the
 * service did not send are null.
 */
public record SourceInfo(String name, String arn, String protocol, String ingestIp, Integer ingestPort,
                         String allowList, Long maxBitrate, String listenerAddress, Integer listenerPort,
                         String vpcInterfaceName, String entitlementArn, boolean primary, String description,
                         java.util.Map<String, String> protocolDetails) {

    /** Fields only some protocols have (latencies, stream id, media streams, decryption…), label → value, in order. */
    public SourceInfo {
        protocolDetails = protocolDetails == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocolDetails));
    }

    public boolean entitled() {
        return entitlementArn != null;
    }

    /** The account that granted an entitled source. */
    public String grantingAccount() {
        return entitled() ? Arn.parse(entitlementArn).account() : null;
    }
}

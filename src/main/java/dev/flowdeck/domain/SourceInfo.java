package dev.flowdeck.domain;

/**
 * One source of a flow. Entitled sources have a granting account and no ingest fields; fields the
 * service did not send are null.
 */
public record SourceInfo(String name, String arn, String protocol, String ingestIp, Integer ingestPort,
                         String allowList, Long maxBitrate, String listenerAddress, Integer listenerPort,
                         String vpcInterfaceName, String entitlementArn, boolean primary, String description) {

    public boolean entitled() {
        return entitlementArn != null;
    }

    /** The account that granted an entitled source. */
    public String grantingAccount() {
        return entitled() ? Arn.parse(entitlementArn).account() : null;
    }
}

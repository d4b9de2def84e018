package dev.flowdeck.domain;

/** An entitlement another account granted to this one (ListEntitlements). */
public record GrantedEntitlement(String arn, String name, Integer dataTransferPercent) {

    public String grantingAccount() {
        return Arn.parse(arn).account();
    }
}

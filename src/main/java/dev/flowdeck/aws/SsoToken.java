package dev.flowdeck.aws;

import java.time.Instant;

/** An IAM Identity Center access token as the AWS CLI v2 caches it. Never logged or shown. */
public record SsoToken(String startUrl, String region, String accessToken, Instant expiresAt, String clientId,
                       String clientSecret, Instant registrationExpiresAt, String refreshToken) {

    public boolean validAt(Instant now) {
        return accessToken != null && expiresAt != null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "SsoToken[" + startUrl + ", expires " + expiresAt + "]";
    }
}

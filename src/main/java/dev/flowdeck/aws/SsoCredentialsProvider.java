package dev.flowdeck.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * Role credentials from an IAM Identity Center token in the CLI's cache. Unlike the SDK 2.40.2
 * provider, it reads the token again whenever the cache file changes, so a sign-in renewed in
 * FlowDeck or by {@code aws sso login} is used at the next refresh, without a restart. An expired
 * token is reported as {@link SignInExpired}, never retried against the service.
 */
public final class SsoCredentialsProvider implements AwsCredentialsProvider {
    private static final Duration EARLY_REFRESH = Duration.ofMinutes(2);

    private final SsoTokenCache cache;
    private final String cacheKey;
    private final String cliHint;
    private final String accountId;
    private final String roleName;
    private final Supplier<SsoClient> portal;
    private final Supplier<SsoOidcClient> oidc;
    private final Clock clock;
    private Instant tokenFileSeen;
    private SsoToken token;
    private RoleCredentials role;

    public SsoCredentialsProvider(SsoTokenCache cache, String cacheKey, String cliHint, String accountId, String roleName,
                                  Supplier<SsoClient> portal, Clock clock) {
        this(cache, cacheKey, cliHint, accountId, roleName, portal, null, clock);
    }

    /** @param oidc used to renew a lapsed token with its refresh token, as the CLI does; null: never renew */
    public SsoCredentialsProvider(SsoTokenCache cache, String cacheKey, String cliHint, String accountId, String roleName,
                                  Supplier<SsoClient> portal, Supplier<SsoOidcClient> oidc, Clock clock) {
        this.oidc = oidc;
        this.cache = cache;
        this.cacheKey = cacheKey;
        this.cliHint = cliHint;
        this.accountId = accountId;
        this.roleName = roleName;
        this.portal = portal;
        this.clock = clock;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        Instant now = clock.instant();
        Instant changed = cache.lastModified(cacheKey).orElse(null);
        if (token == null || !token.validAt(now) || changed != null && !changed.equals(tokenFileSeen)) {
            token = cache.read(cacheKey).orElse(null);
            tokenFileSeen = changed;
            role = null;
        }
        if (token == null) {
            throw expired(true);
        }
        if (!token.validAt(now)) {
            token = renewed(token, now).orElseThrow(() -> expired(false));
            role = null;
        }
        if (role == null || Instant.ofEpochMilli(role.expiration()).minus(EARLY_REFRESH).isBefore(now)) {
            try {
                role = portal.get().getRoleCredentials(r -> r.accessToken(token.accessToken()).accountId(accountId)
                        .roleName(roleName)).roleCredentials();
            } catch (UnauthorizedException e) {
                throw expired(false);
            }
        }
        return AwsSessionCredentials.builder().accessKeyId(role.accessKeyId()).secretAccessKey(role.secretAccessKey())
                .sessionToken(role.sessionToken()).expirationTime(Instant.ofEpochMilli(role.expiration())).build();
    }

    /**
     * When this sign-in stops working unattended: the token's expiry, or with a refresh token the end of
     * the client registration that renews it. Empty until the cache has been read.
     */
    public synchronized java.util.Optional<Instant> signInExpires() {
        if (token == null) {
            token = cache.read(cacheKey).orElse(null);
        }
        if (token == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(token.refreshToken() != null && token.registrationExpiresAt() != null
                ? token.registrationExpiresAt() : token.expiresAt());
    }

    /** A lapsed token with a refresh token and a live client registration is renewed silently, like the CLI does. */
    private java.util.Optional<SsoToken> renewed(SsoToken lapsed, Instant now) {
        if (oidc == null || lapsed.refreshToken() == null || lapsed.clientId() == null || lapsed.clientSecret() == null
                || lapsed.registrationExpiresAt() == null || !now.isBefore(lapsed.registrationExpiresAt())) {
            return java.util.Optional.empty();
        }
        try {
            CreateTokenResponse r = oidc.get().createToken(q -> q.clientId(lapsed.clientId()).clientSecret(lapsed.clientSecret())
                    .grantType("refresh_token").refreshToken(lapsed.refreshToken()));
            SsoToken fresh = new SsoToken(lapsed.startUrl(), lapsed.region(), r.accessToken(), now.plusSeconds(r.expiresIn()),
                    lapsed.clientId(), lapsed.clientSecret(), lapsed.registrationExpiresAt(),
                    r.refreshToken() == null ? lapsed.refreshToken() : r.refreshToken());
            cache.write(cacheKey, fresh);
            tokenFileSeen = cache.lastModified(cacheKey).orElse(null);
            return java.util.Optional.of(fresh);
        } catch (RuntimeException | java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    private SdkClientException expired(boolean neverSignedIn) {
        return SdkClientException.builder().message(neverSignedIn ? "Not signed in" : "Sign-in expired")
                .cause(new SignInExpired(cliHint, neverSignedIn)).build();
    }
}

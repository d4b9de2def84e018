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
    private final Clock clock;
    private Instant tokenFileSeen;
    private SsoToken token;
    private RoleCredentials role;

    public SsoCredentialsProvider(SsoTokenCache cache, String cacheKey, String cliHint, String accountId, String roleName,
                                  Supplier<SsoClient> portal, Clock clock) {
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
        if (token == null || !token.validAt(now)) {
            throw expired();
        }
        if (role == null || Instant.ofEpochMilli(role.expiration()).minus(EARLY_REFRESH).isBefore(now)) {
            try {
                role = portal.get().getRoleCredentials(r -> r.accessToken(token.accessToken()).accountId(accountId)
                        .roleName(roleName)).roleCredentials();
            } catch (UnauthorizedException e) {
                throw expired();
            }
        }
        return AwsSessionCredentials.builder().accessKeyId(role.accessKeyId()).secretAccessKey(role.secretAccessKey())
                .sessionToken(role.sessionToken()).expirationTime(Instant.ofEpochMilli(role.expiration())).build();
    }

    /** When the cached token lapses (null when there is none). */
    public synchronized Instant tokenExpiresAt() {
        return cache.read(cacheKey).map(SsoToken::expiresAt).orElse(null);
    }

    private SdkClientException expired() {
        return SdkClientException.builder().message("Sign-in expired").cause(new SignInExpired(cliHint)).build();
    }
}

package dev.flowdeck.service;

import dev.flowdeck.aws.SsoToken;
import dev.flowdeck.aws.SsoTokenCache;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * IAM Identity Center sign-in by the OIDC device authorization flow, like {@code aws sso login}:
 * register a client, show the user a code, poll for the token at the interval the service asks
 * (five seconds slower after each slow-down), and store it in the CLI's token cache.
 */
public final class DeviceSignIn {
    private final Supplier<SsoOidcClient> oidc;
    private final Supplier<SsoClient> portal;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final FlowWaiter.Sleeper sleeper;

    /** What the user must do: open the URL and confirm the code. */
    public record Authorization(String userCode, String verificationUri, String verificationUriComplete, Instant expires,
                                String deviceCode, String clientId, String clientSecret, Instant registrationExpires,
                                int intervalSeconds, String startUrl, String ssoRegion) {
    }

    public record Account(String id, String name) {
    }

    public DeviceSignIn(Supplier<SsoOidcClient> oidc, Supplier<SsoClient> portal, SsoTokenCache cache, Clock clock,
                        FlowWaiter.Sleeper sleeper) {
        this.oidc = oidc;
        this.portal = portal;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public Authorization start(String startUrl, String ssoRegion, List<String> scopes) {
        RegisterClientResponse client = oidc.get().registerClient(r -> r.clientName("flowdeck").clientType("public")
                .scopes(scopes.isEmpty() ? List.of("sso:account:access") : scopes));
        StartDeviceAuthorizationResponse device = oidc.get().startDeviceAuthorization(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).startUrl(startUrl));
        Instant now = clock.instant();
        return new Authorization(device.userCode(), device.verificationUri(), device.verificationUriComplete(),
                now.plusSeconds(device.expiresIn()), device.deviceCode(), client.clientId(), client.clientSecret(),
                Instant.ofEpochSecond(client.clientSecretExpiresAt()), device.interval() == null ? 5 : device.interval(),
                startUrl, ssoRegion);
    }

    /**
     * Polls until the user approves (or the code expires, or {@code cancelled} says stop), then
     * writes the token to the cache under {@code cacheKey}. Returns the token.
     */
    public SsoToken await(Authorization a, String cacheKey, BooleanSupplier cancelled) throws InterruptedException, IOException {
        Duration interval = Duration.ofSeconds(Math.max(1, a.intervalSeconds()));
        while (clock.instant().isBefore(a.expires())) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("sign-in cancelled");
            }
            sleeper.sleep(interval);
            try {
                CreateTokenResponse t = oidc.get().createToken(r -> r.clientId(a.clientId()).clientSecret(a.clientSecret())
                        .grantType("urn:ietf:params:oauth:grant-type:device_code").deviceCode(a.deviceCode()));
                SsoToken token = new SsoToken(a.startUrl(), a.ssoRegion(), t.accessToken(),
                        clock.instant().plusSeconds(t.expiresIn()), a.clientId(), a.clientSecret(), a.registrationExpires(),
                        t.refreshToken());
                cache.write(cacheKey, token);
                return token;
            } catch (AuthorizationPendingException pending) {
                // Not approved yet: ask again after the interval.
            } catch (SlowDownException slowDown) {
                interval = interval.plusSeconds(5);
            }
        }
        throw new IllegalStateException("The sign-in code expired before it was approved: start again.");
    }

    public List<Account> accounts(SsoToken token) {
        return portal.get().listAccountsPaginator(r -> r.accessToken(token.accessToken())).accountList().stream()
                .map((AccountInfo a) -> new Account(a.accountId(), a.accountName())).toList();
    }

    public List<String> roles(SsoToken token, String accountId) {
        return portal.get().listAccountRolesPaginator(r -> r.accessToken(token.accessToken()).accountId(accountId))
                .roleList().stream().map(RoleInfo::roleName).toList();
    }
}

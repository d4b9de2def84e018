package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM Identity Center as the backend plays it: the OIDC device flow (register a client, start a
 * device authorization, poll for the token — approved automatically after {@code approveAfter}) and
 * the portal (accounts, roles, role credentials). Tokens can be made to expire on demand.
 */
public final class IdentityCenterApi {
    public static final String START_URL = "https://d-1234567890.awsapps.com/start";

    private final Clock clock;
    private final Duration approveAfter;
    private final Duration tokenLifetime;
    private final Map<String, Instant> deviceCodes = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> clients = new ConcurrentHashMap<>();

    public IdentityCenterApi(Clock clock, Duration approveAfter, Duration tokenLifetime) {
        this.clock = clock;
        this.approveAfter = approveAfter;
        this.tokenLifetime = tokenLifetime;
    }

    /** The operation at this method and path, or null when it is not Identity Center's. */
    static String operationFor(String method, String rawPath) {
        return switch (method + " " + rawPath) {
            case "POST /client/register" -> "RegisterClient";
            case "POST /device_authorization" -> "StartDeviceAuthorization";
            case "POST /token" -> "CreateToken";
            case "GET /federation/credentials" -> "GetRoleCredentials";
            case "GET /assignment/accounts" -> "ListAccounts";
            case "GET /assignment/roles" -> "ListAccountRoles";
            default -> null;
        };
    }

    /** Accepts a token issued elsewhere (e.g. one a test wrote into the CLI's cache) until {@code expires}. */
    public void acceptToken(String accessToken, Instant expires) {
        tokens.put(accessToken, expires);
    }

    /** Every token issued so far stops working now. */
    public void expireAllTokens() {
        tokens.replaceAll((token, expires) -> clock.instant().minusSeconds(1));
    }

    MockResponse handle(String operation, String body, Map<String, String> query, String bearer) throws IOException {
        return switch (operation) {
            case "RegisterClient" -> register(json(body));
            case "StartDeviceAuthorization" -> startDevice(json(body));
            case "CreateToken" -> createToken(json(body));
            case "ListAccounts" -> listAccounts(bearer);
            case "ListAccountRoles" -> listRoles(bearer, query.get("account_id"));
            case "GetRoleCredentials" -> roleCredentials(bearer, query.get("account_id"), query.get("role_name"));
            default -> throw new MockError(404, "NotFoundException", "Unknown operation " + operation);
        };
    }

    private MockResponse register(JsonNode request) {
        if (!request.hasNonNull("clientName") || !request.hasNonNull("clientType")) {
            throw new MockError(400, "InvalidRequestException", "clientName and clientType are required");
        }
        String id = "flowdeck-client-" + UUID.randomUUID();
        String secret = "client-secret-" + UUID.randomUUID();
        clients.put(id, secret);
        Instant now = clock.instant();
        ObjectNode out = Json.object();
        out.put("clientId", id);
        out.put("clientSecret", secret);
        out.put("clientIdIssuedAt", now.getEpochSecond());
        out.put("clientSecretExpiresAt", now.plus(Duration.ofDays(90)).getEpochSecond());
        return new MockResponse(200, out);
    }

    private MockResponse startDevice(JsonNode request) {
        checkClient(request);
        String deviceCode = "device-" + UUID.randomUUID();
        deviceCodes.put(deviceCode, clock.instant().plus(approveAfter));
        String userCode = Long.toString(Math.abs(deviceCode.hashCode()) % 1_0000_0000L, 36).toUpperCase();
        userCode = (userCode + "XXXXXXXX").substring(0, 4) + "-" + (userCode + "YYYYYYYY").substring(4, 8);
        ObjectNode out = Json.object();
        out.put("deviceCode", deviceCode);
        out.put("userCode", userCode);
        out.put("verificationUri", "https://device.sso.us-east-1.amazonaws.com/");
        out.put("verificationUriComplete", "https://device.sso.us-east-1.amazonaws.com/?user_code=" + userCode);
        out.put("expiresIn", 600);
        out.put("interval", 1);
        return new MockResponse(200, out);
    }

    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    private MockResponse createToken(JsonNode request) {
        checkClient(request);
        if ("refresh_token".equals(request.path("grantType").asText())) {
            if (refreshTokens.remove(request.path("refreshToken").asText()) == null) {
                throw oidcError(400, "InvalidGrantException", "invalid_grant", "Unknown or used refresh token");
            }
            return issueToken();
        }
        Instant approvedAt = deviceCodes.get(request.path("deviceCode").asText());
        if (approvedAt == null) {
            throw oidcError(400, "InvalidGrantException", "invalid_grant", "Unknown or used device code");
        }
        if (clock.instant().isBefore(approvedAt)) {
            throw oidcError(400, "AuthorizationPendingException", "authorization_pending", "Waiting for the user to approve");
        }
        deviceCodes.remove(request.path("deviceCode").asText());
        return issueToken();
    }

    private MockResponse issueToken() {
        String token = "sso-access-token-" + UUID.randomUUID();
        tokens.put(token, clock.instant().plus(tokenLifetime));
        String refresh = "sso-refresh-token-" + UUID.randomUUID();
        refreshTokens.put(refresh, true);
        ObjectNode out = Json.object();
        out.put("accessToken", token);
        out.put("tokenType", "Bearer");
        out.put("expiresIn", (int) tokenLifetime.toSeconds());
        out.put("refreshToken", refresh);
        return new MockResponse(200, out);
    }

    private MockResponse listAccounts(String bearer) {
        checkToken(bearer);
        ObjectNode out = Json.object();
        ArrayNode accounts = out.putArray("accountList");
        accounts.addObject().put("accountId", "123456789012").put("accountName", "broadcast-prod").put("emailAddress", "noc@example.com");
        accounts.addObject().put("accountId", "210987654321").put("accountName", "broadcast-staging").put("emailAddress", "noc@example.com");
        return new MockResponse(200, out);
    }

    private MockResponse listRoles(String bearer, String account) {
        checkToken(bearer);
        ObjectNode out = Json.object();
        ArrayNode roles = out.putArray("roleList");
        roles.addObject().put("roleName", "NocReadOnly").put("accountId", account);
        roles.addObject().put("roleName", "MediaOperator").put("accountId", account);
        return new MockResponse(200, out);
    }

    private MockResponse roleCredentials(String bearer, String account, String role) {
        Instant tokenExpires = checkToken(bearer);
        if (account == null || role == null) {
            throw new MockError(400, "InvalidRequestException", "account_id and role_name are required");
        }
        ObjectNode out = Json.object();
        ObjectNode c = out.putObject("roleCredentials");
        c.put("accessKeyId", "ASIADEMOFLOWDECK" + (role.hashCode() & 0xfff));
        c.put("secretAccessKey", "demo-role-secret-" + UUID.randomUUID());
        c.put("sessionToken", "demo-session-token-" + UUID.randomUUID());
        c.put("expiration", Math.min(tokenExpires.toEpochMilli(), clock.instant().plus(Duration.ofHours(1)).toEpochMilli()));
        return new MockResponse(200, out);
    }

    private Instant checkToken(String bearer) {
        Instant expires = bearer == null ? null : tokens.get(bearer);
        if (expires == null || !clock.instant().isBefore(expires)) {
            throw new MockError(401, "UnauthorizedException", "Session token not found or invalid");
        }
        return expires;
    }

    private void checkClient(JsonNode request) {
        String secret = clients.get(request.path("clientId").asText());
        if (secret == null || !secret.equals(request.path("clientSecret").asText())) {
            throw oidcError(401, "InvalidClientException", "invalid_client", "Unknown client or wrong secret");
        }
    }

    private static MockError oidcError(int status, String type, String error, String description) {
        return new OidcError(status, type, error, description);
    }

    private static JsonNode json(String body) throws IOException {
        return body == null || body.isBlank() ? Json.object() : Json.MAPPER.readTree(body);
    }

    /** OIDC errors carry {@code error} and {@code error_description} instead of {@code message}. */
    static final class OidcError extends MockError {
        final String error;

        OidcError(int status, String type, String error, String description) {
            super(status, type, description);
            this.error = error;
        }
    }
}

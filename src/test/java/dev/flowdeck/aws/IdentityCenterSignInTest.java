package dev.flowdeck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.AwsEnvironment;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.app.ProfileCredentials;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.mock.IdentityCenterApi;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.DeviceSignIn;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.FlowDeckException;
import dev.flowdeck.service.IdentityService;
import dev.flowdeck.service.MediaConnectFlowService;
import dev.flowdeck.support.ImmediateTaskRunner;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM Identity Center end to end against the embedded backend: device flow, CLI cache, expiry (case C6). */
class IdentityCenterSignInTest {
    private static final Path CONFIG = Path.of("src/test/resources/fixtures/aws/config");
    private static final Path CREDENTIALS = Path.of("src/test/resources/fixtures/aws/credentials");

    @Test
    void deviceFlowSignsInPicksARoleAndCallsWork(@TempDir Path home) throws Exception {
        MutableClock clock = new MutableClock();
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            demo.backend().withIdentityCenter(new IdentityCenterApi(clock, Duration.ofSeconds(3), Duration.ofHours(8)));
            CallLog log = new CallLog();
            ProfileInfo noc = new AwsProfiles(CONFIG, CREDENTIALS, Map.of()).profile("noc");
            var credentials = ProfileCredentials.forProfile(noc, new AwsProfiles(CONFIG, CREDENTIALS, Map.of()),
                    new AwsEnvironment(Map.of(), home), clock);
            try (AwsSession session = new AwsSession(demo.connection(), credentials, log)) {
                DeviceSignIn signIn = new DeviceSignIn(() -> session.ssoOidc(noc.ssoRegion()), () -> session.ssoPortal(noc.ssoRegion()),
                        SsoTokenCache.inHome(home), clock, clock::advance);

                DeviceSignIn.Authorization a = signIn.start(noc.ssoStartUrl(), noc.ssoRegion(), List.of("sso:account:access"));
                assertTrue(a.userCode().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), a.userCode());
                assertTrue(a.verificationUriComplete().contains(a.userCode()));
                SsoToken token = signIn.await(a, noc.tokenCacheKey(), () -> false);

                Path cached = home.resolve(".aws/sso/cache/9327ea72f36c87db16b426a672846f67c90d19c1.json");
                assertTrue(Files.exists(cached), "signed in where the CLI looks");
                assertEquals(token.accessToken(), SsoTokenCache.inHome(home).read("noc-sso").orElseThrow().accessToken());
                assertEquals(List.of("123456789012", "210987654321"), signIn.accounts(token).stream().map(DeviceSignIn.Account::id).toList());
                assertEquals(List.of("NocReadOnly", "MediaOperator"), signIn.roles(token, "123456789012"));

                List<FlowSummary> flows = flows(session).listFlows();
                assertEquals(26, flows.size());
                IdentityService.Identity me = new IdentityService(session::sts, errors()).whoAmI();
                assertEquals("123456789012", me.account());
                assertTrue(me.arn().contains("assumed-role/NocReadOnly"), me.arn());
                List<String> operations = log.snapshot().stream().map(CallRecord::operation).toList();
                assertTrue(operations.containsAll(List.of("RegisterClient", "StartDeviceAuthorization", "CreateToken",
                        "ListAccounts", "ListAccountRoles", "GetRoleCredentials", "ListFlows", "GetCallerIdentity")), operations.toString());
                assertTrue(log.snapshot().stream().allMatch(r -> r.connectedTo() != null && r.connectedTo().startsWith("127.0.0.")));
                String polls = String.valueOf(log.snapshot().stream().filter(r -> r.operation().equals("CreateToken")).count());
                assertTrue(Integer.parseInt(polls) >= 2, "polled until approved: " + polls);
            }
        }
    }

    /** Case C6: calls work until expiry; then one clear message, stale rows; a renewed cache file works without a restart. */
    @Test
    void anExpiredSignInIsSaidOnceAndARenewedTokenIsPickedUp(@TempDir Path home) throws Exception {
        MutableClock clock = new MutableClock();
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            IdentityCenterApi identityCenter = new IdentityCenterApi(clock, Duration.ofSeconds(1), Duration.ofHours(8));
            demo.backend().withIdentityCenter(identityCenter);
            SsoTokenCache cache = SsoTokenCache.inHome(home);
            writeToken(cache, identityCenter, "c6-first", clock.instant().plus(Duration.ofMinutes(10)));
            AwsProfiles profiles = new AwsProfiles(CONFIG, CREDENTIALS, Map.of());
            var credentials = ProfileCredentials.forProfile(profiles.profile("noc"), profiles, new AwsEnvironment(Map.of(), home), clock);
            try (AwsSession session = new AwsSession(demo.connection(), credentials, new CallLog())) {
                FlowBrowserViewModel model = new FlowBrowserViewModel(new ImmediateTaskRunner(), TestConnections.messages());
                model.connect(flows(session), s -> null);
                assertEquals(26, model.flows().size());

                clock.advance(Duration.ofMinutes(9));
                model.refresh();
                assertFalse(model.messageIsErrorProperty().get(), "no early rejection before the expiry");

                clock.advance(Duration.ofMinutes(2));
                FlowDeckException expired = assertThrows(FlowDeckException.class, () -> flows(session).listFlows());
                assertEquals(FlowDeckException.Kind.SIGN_IN_EXPIRED, expired.kind());
                assertTrue(expired.getMessage().contains("Sign-in expired — sign in again (or run aws sso login --sso-session noc-sso)"),
                        expired.getMessage());
                model.refresh();
                assertTrue(model.messageProperty().get().startsWith("Sign-in expired"), model.messageProperty().get());
                assertEquals(26, model.flows().size(), "the rows stay");
                assertTrue(model.flows().stream().noneMatch(f -> f.status().equals("ERROR") && f.name().equals("MediaConnectSRTFlow")));
                assertTrue(model.staleSinceProperty().get() != null, "marked stale");

                writeToken(cache, identityCenter, "c6-renewed", clock.instant().plus(Duration.ofHours(8)));
                model.refresh();
                assertFalse(model.messageIsErrorProperty().get(), model.messageProperty().get());
                assertEquals(null, model.staleSinceProperty().get());
            }
        }
    }

    private static void writeToken(SsoTokenCache cache, IdentityCenterApi identityCenter, String token, Instant expires) throws Exception {
        identityCenter.acceptToken(token, expires);
        cache.write("noc-sso", new SsoToken(IdentityCenterApi.START_URL, "us-east-1", token, expires, null, null, null, null));
    }

    private static MediaConnectFlowService flows(AwsSession session) {
        return new MediaConnectFlowService(session::mediaConnect, errors());
    }

    private static ErrorMessages errors() {
        return new ErrorMessages(TestConnections.bundle(), "ap-northeast-1", "demo");
    }
}

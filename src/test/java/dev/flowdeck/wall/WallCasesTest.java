package dev.flowdeck.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.AppComposition;
import dev.flowdeck.app.ConnectionSetup;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.WallSource;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.aws.SsoToken;
import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.mock.AddressPlan;
import dev.flowdeck.mock.IdentityCenterApi;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.service.HealthRules;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.wall.WallViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field case C6 (sign-in expires, then renewed) on the wall; C5 (DNS outage) is in WallDnsOutageSceneTest. */
class WallCasesTest {

    @Test
    void c6AnExpiredSignInMakesTheWallStaleWithOneBannerAndARenewedTokenIsPickedUp() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start(Duration.ofSeconds(2))) {
            IdentityCenterApi identity = new IdentityCenterApi(Clock.systemUTC(), Duration.ofMillis(500), Duration.ofHours(8));
            demo.backend().withIdentityCenter(identity);
            token(demo, identity, "wall-1", Instant.now().plus(Duration.ofMinutes(10)));
            WallSource source = source(demo.identityCenterSetup("123456789012", "NocReadOnly"));
            WallFeed feed = source.feed(HealthRules.defaults(), Duration.ofSeconds(60), Clock.systemUTC());
            WallViewModel wall = new WallViewModel(List.of(feed.name()), TestConnections.messages(), Clock.systemUTC(),
                    ZoneId.of("UTC"), Duration.ofMinutes(10));

            wall.apply(feed.sweep());
            assertEquals(26, wall.tiles().size());
            assertTrue(wall.credentialsWarningProperty().get(), "10 minutes left is less than an hour: " + wall.credentialsProperty().get());
            long errors = wall.tiles().stream().filter(t -> t.statusKind() == FlowStatus.ERROR).count();

            token(demo, identity, "wall-old", Instant.now().minusSeconds(1));
            wall.apply(feed.sweep());
            assertTrue(wall.bannerProperty().get().contains("Sign-in expired — sign in again from Connection…"), wall.bannerProperty().get());
            assertTrue(wall.tiles().stream().allMatch(WallTile::stale), "every tile stale, none dropped");
            assertEquals(errors, wall.tiles().stream().filter(t -> t.statusKind() == FlowStatus.ERROR).count(), "never ERROR for it");

            token(demo, identity, "wall-2", Instant.now().plus(Duration.ofHours(8)));
            wall.apply(feed.sweep());
            assertTrue(wall.tiles().stream().noneMatch(WallTile::stale), "the renewed token works without a restart");
            assertEquals(null, wall.bannerProperty().get());
            source.close();
        }
    }

    private static WallSource source(ConnectionSetup setup) {
        CallLog calls = new CallLog(100);
        return new WallSource(new AppComposition(TestConnections.bundle(), calls, new RequestBudget(1000, 1000)).assemble(setup), calls);
    }

    private static void token(DemoEnvironment demo, IdentityCenterApi identity, String token, Instant expires) throws Exception {
        identity.acceptToken(token, expires);
        demo.tokenCache().write(DemoEnvironment.DEMO_SSO_SESSION, new SsoToken(IdentityCenterApi.START_URL, AddressPlan.SSO_REGION, token,
                expires, null, null, null, null));
    }
}

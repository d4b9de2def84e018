package dev.flowdeck.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.wall.WallViewModel;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wall's header and banner: sign-in expiry warned an hour ahead, one banner naming the failing connection. */
class WallHeaderTest {
    private final MutableClock clock = new MutableClock();
    private final WallViewModel model = new WallViewModel(List.of("Tokyo", "Virginia"), TestConnections.messages(), clock,
            ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(10));

    @Test
    void theSignInExpiryIsShownAndWarnedAnHourAhead() {
        model.apply(ok("Tokyo", clock.instant().plus(Duration.ofHours(3))));
        assertEquals("sign-in expires 21:00:00 (in 180 min)", model.credentialsProperty().get(), "local time (Tokyo)");
        assertFalse(model.credentialsWarningProperty().get());

        clock.advance(Duration.ofMinutes(125));
        model.tick();
        assertTrue(model.credentialsWarningProperty().get(), "less than an hour left: " + model.credentialsProperty().get());

        clock.advance(Duration.ofHours(1));
        model.tick();
        assertTrue(model.credentialsProperty().get().contains("EXPIRED"));
    }

    @Test
    void longLivedCredentialsSaySoAndOneBannerNamesTheFailingConnection() {
        model.apply(ok("Tokyo", null));
        model.apply(ok("Virginia", null));
        assertEquals("no sign-in to renew", model.credentialsProperty().get());
        assertNull(model.bannerProperty().get(), "no banner while everything refreshes");

        clock.advance(Duration.ofSeconds(30));
        model.apply(Sweep.failed("Tokyo", clock.instant(), PathVerdict.none(), "DNS lookup failed for vpce-….amazonaws.com.", false));
        String banner = model.bannerProperty().get();
        assertTrue(banner.startsWith("Tokyo: refresh failing since 18:00:30 — DNS lookup failed"), banner);
        assertTrue(banner.contains("Tiles show the data of 18:00:00"), banner);
        assertFalse(banner.contains("Virginia"));
        assertEquals("18:00:00 (Tokyo)", model.lastRefreshProperty().get(), "the last good refresh, not the last attempt");

        clock.advance(Duration.ofSeconds(30));
        model.apply(ok("Virginia", null));
        assertEquals("18:00:00 (Tokyo)", model.lastRefreshProperty().get(),
                "the stalest connection's time: Virginia's fresh refresh must not make the header look fresh");
    }

    private Sweep ok(String connection, java.time.Instant expires) {
        FlowSummary f = new FlowSummary("arn:aws:mediaconnect:ap-northeast-1:123456789012:flow:1-A-" + connection + ":f-" + connection,
                "f-" + connection, "ACTIVE", "OWNED", "ap-northeast-1a", "");
        return new Sweep(connection, clock.instant(), List.of(f), Map.of(), Map.of(), PathVerdict.none(), expires, null, false);
    }
}

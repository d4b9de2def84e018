package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.domain.FlowStatus;
import dev.flowdeck.net.DnsClient;
import dev.flowdeck.support.ExternalTools;
import dev.flowdeck.support.NodePng;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.support.WallRig;
import dev.flowdeck.ui.wall.WallView;
import dev.flowdeck.ui.wall.WallViewModel;
import dev.flowdeck.wall.WallTile;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Field case C5 on the wall: the VPN drops, Tokyo's DNS server (a real dnsmasq on loopback) stops
 * answering; Tokyo's tiles keep their data marked stale under one banner that names DNS, N. Virginia
 * stays fresh, and the first sweep after DNS returns is fresh again without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class WallDnsOutageSceneTest {
    private WallRig rig;
    private WallViewModel model;
    private WallView view;

    @Start
    void start(Stage stage) throws Exception {
        rig = new WallRig(Clock.systemUTC(), Duration.ofSeconds(60), ExternalTools.require("dnsmasq"));
        model = new WallViewModel(rig.names(), TestConnections.messages(), Clock.systemUTC(), ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(10));
        view = new WallView(model, 1080, 10);
        Scene scene = new Scene(view, 1920, 1080);
        scene.getStylesheets().add(WallView.class.getResource("/dev/flowdeck/ui/wall.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void c5ADnsOutageIsStaleWithTheCauseAndTheFirstSweepAfterItWorks(FxRobot robot) throws Exception {
        rig.refresh(robot, model);
        assertEquals(30, model.tiles().size());
        long errors = count(t -> t.statusKind() == FlowStatus.ERROR);

        rig.dns().stop();
        // Answers are kept for their TTL (1 s here): the outage shows once it has run out, as on a real VPN drop.
        Thread.sleep(1100);
        rig.refresh(robot, model);

        Label banner = robot.lookup("#wallBanner").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getText().contains("DNS"), banner.getText());
        assertEquals(26, count(t -> t.region().equals("ap-northeast-1") && t.stale()), "every Tokyo tile kept, marked stale");
        assertEquals(0, count(t -> t.region().equals("us-east-1") && t.stale()), "the other region is fine");
        assertEquals(errors, count(t -> t.statusKind() == FlowStatus.ERROR), "a failed refresh never turns flows into ERROR");
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null && l.getText().startsWith("STALE · as of")).tryQuery().isPresent());
        NodePng.shot(view, "wall-outage-demo.png");

        rig.dns().start();
        Thread.sleep(DnsClient.NEGATIVE_TTL.toMillis() + 200);
        rig.refresh(robot, model);
        assertEquals(0, count(WallTile::stale), "recovered within the negative TTL, no restart");
        assertFalse(banner.isVisible());
    }

    private long count(Predicate<WallTile> which) {
        List<WallTile> tiles = model.tiles();
        return tiles.stream().filter(which).count();
    }
}

package dev.flowdeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdeck.aws.Connection;
import dev.flowdeck.settings.SavedConnection;
import dev.flowdeck.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionCatalogTest {

    /** A saved connection keeps every service on its private endpoint: CloudWatch and STS too, not only MediaConnect. */
    @Test
    void everyServiceEndpointOfASavedConnectionIsUsed(@TempDir Path home) throws Exception {
        AwsEnvironment aws = new AwsEnvironment(Map.of("AWS_CONFIG_FILE", "src/test/resources/fixtures/aws/config",
                "AWS_SHARED_CREDENTIALS_FILE", "src/test/resources/fixtures/aws/credentials"), home);
        SettingsStore store = new SettingsStore(home.resolve("settings.json"), Clock.systemUTC());
        store.save(dev.flowdeck.settings.SettingsFile.defaults());
        String mediaConnect = "https://vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";
        String monitoring = "https://vpce-0c0c0c0c0c0c0c0c0-aaaabbbb.monitoring.ap-northeast-1.vpce.amazonaws.com";
        String sts = "https://vpce-0d0d0d0d0d0d0d0d0-ccccdddd.sts.ap-northeast-1.vpce.amazonaws.com";
        ConnectionCatalog catalog = new ConnectionCatalog(aws, store, () -> {
            throw new AssertionError("no demo here");
        });
        catalog.save(new SavedConnection("Tokyo NOC", "wall-readonly", "ap-northeast-1",
                Map.of("mediaconnect", mediaConnect, "cloudwatch", monitoring, Connection.STS, sts), Map.of(), null, null, true, null, null));

        ConnectionCatalog.Entry entry = catalog.entries().stream().filter(e -> e.name().equals("Tokyo NOC")).findFirst().orElseThrow();
        Connection connection = catalog.setupFor(entry, null, null).connection();

        assertEquals(mediaConnect, connection.endpoint(Connection.MEDIACONNECT).toString());
        assertEquals(monitoring, connection.endpoint(Connection.CLOUDWATCH).toString(), "\"cloudwatch\" names the monitoring endpoint");
        assertEquals(sts, connection.endpoint(Connection.STS).toString(), "the role is assumed through the private STS endpoint");
    }
}

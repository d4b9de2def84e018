package dev.flowdeck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.AwsEnvironment;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.app.ProfileCredentials;
import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.IdentityService;
import dev.flowdeck.service.MediaConnectFlowService;
import dev.flowdeck.support.TestConnections;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role_arn + source_profile profile assumes its role through the connection's own STS endpoint, recorded like any call. */
class RoleProfileTest {

    @Test
    void roleChainGoesThroughTheInstrumentedStsEndpoint(@TempDir Path home) throws Exception {
        AwsProfiles profiles = new AwsProfiles(Path.of("src/test/resources/fixtures/aws/config"),
                Path.of("src/test/resources/fixtures/aws/credentials"), Map.of());
        try (DemoEnvironment demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4))) {
            CallLog log = new CallLog();
            var credentials = ProfileCredentials.forProfile(profiles.profile("wall-readonly"), profiles, new AwsEnvironment(Map.of(), home));
            try (AwsSession session = new AwsSession(demo.connection(), credentials, log)) {
                ErrorMessages errors = new ErrorMessages(TestConnections.bundle(), "ap-northeast-1", "demo");

                assertEquals(26, new MediaConnectFlowService(session::mediaConnect, errors).listFlows().size());
                IdentityService.Identity me = new IdentityService(session::sts, errors).whoAmI();

                assertTrue(me.arn().contains("assumed-role/NocReadOnly") || me.arn().contains(":assumed-role/"), me.arn());
                CallRecord assume = log.snapshot().stream().filter(r -> r.operation().equals("AssumeRole")).findFirst().orElseThrow();
                assertEquals("STS", assume.service().toUpperCase());
                assertTrue(assume.connectedTo().startsWith("127.0.0."), assume.connectedTo());
                assertTrue(assume.url().contains("sts.ap-northeast-1.amazonaws.com"), assume.url());
            }
        }
    }
}

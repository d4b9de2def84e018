package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.support.MutableClock;
import dev.flowdeck.support.TestConnections;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call log stays bounded and its JSON-lines export carries no credentials or signatures. */
class CallLogTest {

    @Test
    void boundedAndExportedWithoutSecrets() throws Exception {
        CallLog log = new CallLog(5);
        try (MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.61"), 0);
             AwsSession session = TestConnections.session(TestConnections.pinned(TestConnections.VPCE, backend.port(),
                     "us-east-1", List.of("127.0.0.61")), log)) {
            var flows = TestConnections.flows(session);
            for (int i = 0; i < 12; i++) {
                flows.listFlows();
            }

            assertEquals(5, log.snapshot().size(), "only the last N records are kept");
            assertEquals(12, log.snapshot().get(4).id());

            StringWriter out = new StringWriter();
            CallLogExport.writeJsonLines(log.snapshot(), out);
            String text = out.toString();
            String[] lines = text.split("\n");
            assertEquals(5, lines.length);
            JsonNode first = new ObjectMapper().readTree(lines[0]);
            assertEquals("ListFlows", first.get("operation").asText());
            assertEquals("127.0.0.61:" + backend.port(), first.get("connectedTo").asText());
            assertTrue(first.get("url").asText().endsWith("/v1/flows"));
            for (String secret : List.of("AKIATESTFLOWDECK0001", "test-secret-do-not-log", "Signature", "Authorization",
                    "X-Amz-Security-Token", "nextToken")) {
                assertFalse(text.contains(secret), "export must not contain " + secret);
            }
        }
    }
}

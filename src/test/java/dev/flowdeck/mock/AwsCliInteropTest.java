package dev.flowdeck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdeck.support.ExternalTools;
import dev.flowdeck.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Another client — the AWS CLI on this machine — works against the embedded backend. */
class AwsCliInteropTest {

    @Test
    void cliListsDescribesStopsAndIsRefused() throws Exception {
        Path aws = ExternalTools.require("aws");
        try (MockBackend backend = MockBackend.withDemoFlows("ap-northeast-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.91"), 0)) {
            String endpoint = "http://127.0.0.91:" + backend.port();

            JsonNode list = json(run(aws, endpoint, "list-flows"));
            assertEquals(26, list.get("Flows").size(), "the CLI follows the backend's pages");
            String arn = null;
            for (JsonNode f : list.get("Flows")) {
                if (f.get("Name").asText().equals(DemoFlows.SCENARIO_FLOW)) {
                    arn = f.get("FlowArn").asText();
                }
            }
            JsonNode described = json(run(aws, endpoint, "describe-flow", "--flow-arn", arn));
            assertEquals(3000, described.at("/Flow/Source/IngestPort").asInt());
            assertEquals("STOPPING", json(run(aws, endpoint, "stop-flow", "--flow-arn", arn)).get("Status").asText());
            Result refused = run(aws, endpoint, "stop-flow", "--flow-arn", arn);
            assertNotEquals(0, refused.code);
            assertTrue(refused.err.contains("BadRequestException"), refused.err);
            Result standbyStart = run(aws, endpoint, "start-flow", "--flow-arn",
                    described.at("/Flow/FlowArn").asText().replace(DemoFlows.SCENARIO_FLOW, "nope"));
            assertTrue(standbyStart.err.contains("NotFoundException"), standbyStart.err);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path aws, String endpoint, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "mediaconnect"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint, "--region", "ap-northeast-1", "--output", "json"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "AKIATESTFLOWDECK0001");
        env.put("AWS_SECRET_ACCESS_KEY", "test-secret");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.remove("AWS_PROFILE");
        env.remove("HTTPS_PROXY");
        env.remove("HTTP_PROXY");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static JsonNode json(Result r) throws Exception {
        assertEquals(0, r.code, r.err);
        return new ObjectMapper().readTree(r.out);
    }
}

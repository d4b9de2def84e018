package dev.flowdeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code doctor}: the verdict without a window, as text or JSON, with exit codes scripts can use. */
class DoctorCommandTest {

    @Test
    void beforeTheEndpointExitsOneWithTheVerdictInJson() throws Exception {
        Run run = doctor("--demo=before", "--json");

        assertEquals(1, run.code, run.err);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertFalse(json.at("/verdict/healthy").asBoolean());
        assertTrue(json.at("/verdict/headline").asText().contains("127.0.0.4"));
        assertEquals("PUBLIC", json.at("/addresses/0/path").asText());
        assertTrue(json.get("elapsedMs").asLong() > 0);
    }

    @Test
    void afterTheEndpointExitsZeroAndShowsARealCall() throws Exception {
        Run run = doctor("--demo");

        assertEquals(0, run.code, run.out + run.err);
        assertTrue(run.out.startsWith("OK  Private via vpce-0a1b2c3d4e5f67890 (AZ a and c)"), run.out);
        assertTrue(run.out.contains("ListFlows: 26 flows via 127.0.0."), run.out);
        assertTrue(run.out.contains("JVM DNS cache"), run.out);
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertEquals(2, doctor("--demo=sideways").code);
        assertEquals(2, doctor("--bogus").code);
        Run help = doctor("--help");
        assertEquals(0, help.code, "asking for help is not a mistake: " + help.err);
        assertTrue(help.out.contains("java -jar flowdeck.jar doctor"), help.out);
    }

    @Test
    void aCallThatFailsAfterAHealthyNetworkCheckIsAProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        try (var backend = dev.flowdeck.mock.MockBackend.withDemoFlows("ap-northeast-1", new dev.flowdeck.support.MutableClock(),
                java.time.Duration.ofSeconds(5)).start(java.util.List.of("127.0.0.141"), 0)) {
            String endpoint = "http://127.0.0.141:" + backend.port();
            AwsEnvironment aws = new AwsEnvironment(java.util.Map.of("AWS_ACCESS_KEY_ID", "AKIATESTFLOWDECK0001",
                    "AWS_SECRET_ACCESS_KEY", "x"), home);

            Run run = doctorWith(aws, "--region", "us-east-1", "--endpoint", endpoint, "--ec2-endpoint", endpoint, "--json");

            assertEquals(1, run.code, run.out + run.err);
            JsonNode json = new ObjectMapper().readTree(run.out);
            assertFalse(json.at("/verdict/healthy").asBoolean(), run.out);
            assertTrue(json.at("/verdict/advice").asText().contains("another region"), run.out);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run doctor(String... args) {
        return doctorWith(AwsEnvironment.current(), args);
    }

    private static Run doctorWith(AwsEnvironment aws, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DoctorCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), aws);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

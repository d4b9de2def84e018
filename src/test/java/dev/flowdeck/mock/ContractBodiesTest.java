package dev.flowdeck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdeck.support.MutableClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes every body the backend sends — one per operation and per demo flow, and each error shape —
 * into target/contract/, where .ci/run checks them against botocore's model with
 * ../shared/tools/check-contract.py (tests themselves never read ../shared).
 */
class ContractBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Path out = Path.of(System.getProperty("flowdeck.contract.dir", "target/contract"));

    @Test
    void writesEveryBodyOfBothDemoRegions() throws Exception {
        int written = 0;
        for (String region : List.of("ap-northeast-1", "us-east-1")) {
            try (MockBackend backend = MockBackend.withDemoFlows(region, new MutableClock(), Duration.ofSeconds(5))
                    .start(List.of("127.0.0.81"), 0)) {
                String base = "http://127.0.0.81:" + backend.port();
                HttpResponse<String> page = send(base + "/v1/flows?maxResults=10", "GET", region, "mediaconnect");
                assertEquals(200, page.statusCode());
                written += write("mediaconnect", "ListFlows", region + "-page1", page.body());
                for (String arn : backend.store().arns()) {
                    HttpResponse<String> d = send(base + "/v1/flows/" + enc(arn), "GET", region, "mediaconnect");
                    assertEquals(200, d.statusCode());
                    written += write("mediaconnect", "DescribeFlow", nameOf(d.body()), d.body());
                }
                for (String arn : backend.store().arns().subList(0, Math.min(4, backend.store().arns().size()))) {
                    HttpResponse<String> meta = send(base + "/v1/flows/" + enc(arn) + "/source-metadata", "GET", region, "mediaconnect");
                    assertEquals(200, meta.statusCode());
                    written += write("mediaconnect", "DescribeFlowSourceMetadata", name(arn), meta.body());
                    HttpResponse<String> thumb = send(base + "/v1/flows/" + enc(arn) + "/source-thumbnail", "GET", region, "mediaconnect");
                    assertEquals(200, thumb.statusCode());
                    written += write("mediaconnect", "DescribeFlowSourceThumbnail", name(arn), thumb.body());
                }
                HttpResponse<String> granted = send(base + "/v1/entitlements", "GET", region, "mediaconnect");
                assertEquals(200, granted.statusCode());
                written += write("mediaconnect", "ListEntitlements", region, granted.body());
                String active = backend.store().arns().get(0);
                HttpResponse<String> stop = send(base + "/v1/flows/stop/" + enc(active), "POST", region, "mediaconnect");
                assertEquals(202, stop.statusCode());
                written += write("mediaconnect", "StopFlow", region, stop.body());
                HttpResponse<String> refused = send(base + "/v1/flows/stop/" + enc(active), "POST", region, "mediaconnect");
                assertEquals(400, refused.statusCode());
                assertEquals("BadRequestException", refused.headers().firstValue("x-amzn-ErrorType").orElse(""));
                written += writeError("StopFlow", "BadRequestException", refused.body());
                String standby = backend.store().arns().stream()
                        .filter(a -> backend.store().describe(a).path("status").asText().equals("STANDBY")).findFirst().orElseThrow();
                HttpResponse<String> start = send(base + "/v1/flows/start/" + enc(standby), "POST", region, "mediaconnect");
                assertEquals(202, start.statusCode());
                written += write("mediaconnect", "StartFlow", region, start.body());
                HttpResponse<String> missing = send(base + "/v1/flows/" + enc(active + "-gone"), "GET", region, "mediaconnect");
                assertEquals(404, missing.statusCode());
                written += writeError("DescribeFlow", "NotFoundException", missing.body());
                HttpResponse<String> wrongRegion = send(base + "/v1/flows", "GET", "eu-west-1", "mediaconnect");
                assertEquals(403, wrongRegion.statusCode());
                assertTrue(wrongRegion.body().contains("Credential should be scoped to a valid region"));
            }
        }
        assertTrue(written >= 30 + 6, "bodies written: " + written);
    }

    private HttpResponse<String> send(String url, String method, String region, String service) throws Exception {
        String auth = "AWS4-HMAC-SHA256 Credential=AKIATESTFLOWDECK0001/20261203/" + region + "/" + service
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int write(String service, String operation, String label, String body) throws Exception {
        JSON.readTree(body);
        Path file = out.resolve(service).resolve(operation).resolve(label + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body);
        return 1;
    }

    private int writeError(String operation, String error, String body) throws Exception {
        Path file = out.resolve("mediaconnect-errors").resolve(error).resolve(operation + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body);
        return 1;
    }

    private static String name(String arn) {
        return arn.substring(arn.lastIndexOf(':') + 1) + "-" + Arn(arn);
    }

    private static String nameOf(String describeBody) throws Exception {
        JsonNode flow = JSON.readTree(describeBody).get("flow");
        return Arn(flow.get("flowArn").asText()) + "-" + flow.get("name").asText();
    }

    private static String Arn(String arn) {
        return arn.split(":")[3];
    }

    private static String enc(String arn) {
        return URLEncoder.encode(arn, StandardCharsets.UTF_8);
    }
}

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

    @Test
    void writesIdentityCenterAndStsBodies() throws Exception {
        try (MockBackend backend = MockBackend.withDemoFlows("ap-northeast-1", new MutableClock(), Duration.ofSeconds(5))
                .withIdentityCenter(new IdentityCenterApi(java.time.Clock.systemUTC(), Duration.ZERO, Duration.ofHours(8)))
                .start(List.of("127.0.0.82"), 0)) {
            String base = "http://127.0.0.82:" + backend.port();
            HttpResponse<String> client = post(base + "/client/register", "{\"clientName\": \"flowdeck\", \"clientType\": \"public\"}");
            writeService("sso-oidc", "RegisterClient", client.body());
            JsonNode c = JSON.readTree(client.body());
            String creds = "\"clientId\": \"" + c.get("clientId").asText() + "\", \"clientSecret\": \"" + c.get("clientSecret").asText() + "\"";
            HttpResponse<String> device = post(base + "/device_authorization", "{" + creds + ", \"startUrl\": \"" + IdentityCenterApi.START_URL + "\"}");
            writeService("sso-oidc", "StartDeviceAuthorization", device.body());
            HttpResponse<String> token = post(base + "/token", "{" + creds + ", \"grantType\": \"urn:ietf:params:oauth:grant-type:device_code\","
                    + " \"deviceCode\": \"" + JSON.readTree(device.body()).get("deviceCode").asText() + "\"}");
            assertEquals(200, token.statusCode());
            writeService("sso-oidc", "CreateToken", token.body());
            String bearer = JSON.readTree(token.body()).get("accessToken").asText();
            writeService("sso", "ListAccounts", get(base + "/assignment/accounts?max_result=10", bearer).body());
            writeService("sso", "ListAccountRoles", get(base + "/assignment/roles?account_id=123456789012", bearer).body());
            writeService("sso", "GetRoleCredentials", get(base + "/federation/credentials?account_id=123456789012&role_name=NocReadOnly", bearer).body());
            String flowArn = backend.store().arns().get(1);
            HttpRequest metrics = HttpRequest.newBuilder(URI.create(base + "/"))
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIATESTFLOWDECK0001/20261203/ap-northeast-1/monitoring/aws4_request, "
                            + "SignedHeaders=host, Signature=0000")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("Action=GetMetricData&Version=2010-08-01"
                            + "&MetricDataQueries.member.1.Id=q1&MetricDataQueries.member.1.MetricStat.Metric.Namespace=AWS%2FMediaConnect"
                            + "&MetricDataQueries.member.1.MetricStat.Metric.MetricName=SourceBitRate"
                            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=FlowARN"
                            + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value=" + enc(flowArn)
                            + "&MetricDataQueries.member.1.MetricStat.Period=60&MetricDataQueries.member.1.MetricStat.Stat=Average")).build();
            HttpResponse<String> m = http.send(metrics, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, m.statusCode());
            Path metricFile = out.resolve("cloudwatch").resolve("GetMetricData").resolve("demo.xml");
            Files.createDirectories(metricFile.getParent());
            Files.writeString(metricFile, m.body());
            for (String action : List.of("GetCallerIdentity", "AssumeRole")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIATESTFLOWDECK0001/20261203/ap-northeast-1/sts/aws4_request, "
                                + "SignedHeaders=host, Signature=0000")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2011-06-15"
                                + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FNocWallReadOnly&RoleSessionName=flowdeck")).build();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                Path file = out.resolve("sts").resolve(action).resolve("demo.xml");
                Files.createDirectories(file.getParent());
                Files.writeString(file, r.body());
            }
        }
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("x-amz-sso_bearer_token", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void writeService(String service, String operation, String body) throws Exception {
        JSON.readTree(body);
        Path file = out.resolve(service).resolve(operation).resolve("demo.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body);
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

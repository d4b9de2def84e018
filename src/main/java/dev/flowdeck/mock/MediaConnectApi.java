package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** MediaConnect's REST-JSON operations over the store: routes a request to an operation and its answer. */
final class MediaConnectApi {
    private final FlowStore store;
    private final SourceMonitor monitor;

    MediaConnectApi(FlowStore store, java.time.Clock clock) {
        this.store = store;
        this.monitor = new SourceMonitor(clock);
    }

    /** The operation a method and raw path name, or null when this API has none there. */
    static String operationFor(String method, String rawPath) {
        String[] parts = rawPath.replaceAll("/+$", "").split("/");
        if (method.equals("GET") && parts.length == 3 && parts[1].equals("v1") && parts[2].equals("entitlements")) {
            return "ListEntitlements";
        }
        if (method.equals("GET") && parts.length == 5 && parts[2].equals("flows") && parts[4].equals("source-metadata")) {
            return "DescribeFlowSourceMetadata";
        }
        if (method.equals("GET") && parts.length == 5 && parts[2].equals("flows") && parts[4].equals("source-thumbnail")) {
            return "DescribeFlowSourceThumbnail";
        }
        if (parts.length < 3 || !parts[1].equals("v1") || !parts[2].equals("flows")) {
            return null;
        }
        if (method.equals("GET") && parts.length == 3) {
            return "ListFlows";
        }
        if (method.equals("GET") && parts.length == 4) {
            return "DescribeFlow";
        }
        if (method.equals("POST") && parts.length == 5 && parts[3].equals("start")) {
            return "StartFlow";
        }
        if (method.equals("POST") && parts.length == 5 && parts[3].equals("stop")) {
            return "StopFlow";
        }
        return null;
    }

    /** Answers one operation: HTTP status and JSON body. */
    MockResponse handle(String operation, String rawPath, String rawQuery) {
        String[] parts = rawPath.replaceAll("/+$", "").split("/");
        return switch (operation) {
            case "ListFlows" -> {
                Map<String, String> query = query(rawQuery);
                Integer max = query.containsKey("maxResults") ? parseInt(query.get("maxResults")) : null;
                yield new MockResponse(200, store.listPage(max, query.get("nextToken")));
            }
            case "DescribeFlow" -> {
                ObjectNode body = Json.object();
                ObjectNode flow = store.describe(decode(parts[3]));
                body.set("flow", flow);
                if ("ERROR".equals(flow.path("status").asText())) {
                    // The service says why a flow is in ERROR; the demo's ERROR flows say it too.
                    body.putObject("messages").putArray("errors").add("Source " + flow.path("source").path("name").asText()
                            + ": no packets received for 30 seconds; check the sender and the allow-list");
                }
                yield new MockResponse(200, body);
            }
            case "DescribeFlowSourceMetadata" -> new MockResponse(200, monitor.metadata(store.describe(decode(parts[3]))));
            case "DescribeFlowSourceThumbnail" -> new MockResponse(200, monitor.thumbnail(store.describe(decode(parts[3]))));
            case "ListEntitlements" -> new MockResponse(200, store.grantedEntitlements());
            case "StartFlow" -> new MockResponse(202, store.start(decode(parts[4])));
            case "StopFlow" -> new MockResponse(202, store.stop(decode(parts[4])));
            default -> throw new MockError(404, "NotFoundException", "Unknown operation " + operation);
        };
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw MockError.badRequest("maxResults must be a number.");
        }
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.put(key, value);
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

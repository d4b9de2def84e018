package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backend's flows for one region, with the service's timed transitions: a start or stop answers
 * at once with STARTING/STOPPING and the flow settles after {@code settleTime} by the clock, whether
 * or not anybody describes it in between.
 */
public final class FlowStore {
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final Clock clock;
    private final Duration settleTime;
    private final Map<String, StoredFlow> flows = new LinkedHashMap<>();
    /** When set, pages have exactly these sizes in order (shape tests such as an empty page with a token). */
    private List<Integer> pagePlan = List.of();

    public FlowStore(Clock clock, Duration settleTime) {
        this.clock = clock;
        this.settleTime = settleTime;
    }

    public synchronized void add(ObjectNode flow) {
        StoredFlow stored = new StoredFlow(flow);
        String status = flow.path("status").asText();
        // Demo flows may begin mid-transition; they settle like any other.
        switch (status) {
            case "STARTING", "UPDATING" -> stored.beginTransition(status, "ACTIVE", clock.instant().plus(settleTime));
            case "STOPPING" -> stored.beginTransition(status, "STANDBY", clock.instant().plus(settleTime));
            // Deleting takes the service far longer than a start or stop.
            case "DELETING" -> stored.beginTransition(status, null, clock.instant().plus(settleTime.multipliedBy(8)));
            default -> { }
        }
        flows.put(flow.path("flowArn").asText(), stored);
    }

    public synchronized void setPagePlan(List<Integer> sizes) {
        pagePlan = List.copyOf(sizes);
    }

    public synchronized int size() {
        settleAll();
        return flows.size();
    }

    /** ListFlows: one page of summaries and the token of the next page (null on the last). */
    synchronized ObjectNode listPage(Integer maxResults, String nextToken) {
        settleAll();
        if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
            throw MockError.badRequest("maxResults must be between 1 and 1000.");
        }
        int[] cursor = decodeToken(nextToken);
        int offset = cursor[0];
        int pageIndex = cursor[1];
        List<StoredFlow> all = new ArrayList<>(flows.values());
        int size = pageIndex < pagePlan.size() ? pagePlan.get(pageIndex)
                : maxResults != null ? maxResults : DEFAULT_PAGE_SIZE;
        int end = Math.min(all.size(), offset + size);
        ArrayNode items = Json.array();
        for (StoredFlow flow : all.subList(Math.min(offset, all.size()), end)) {
            items.add(flow.summary());
        }
        ObjectNode page = Json.object();
        page.set("flows", items);
        boolean planSaysMore = pageIndex + 1 < pagePlan.size();
        if (end < all.size() || planSaysMore) {
            page.put("nextToken", encodeToken(end, pageIndex + 1));
        }
        return page;
    }

    synchronized ObjectNode describe(String arn) {
        return find(arn).body.deepCopy();
    }

    /** The flow that owns an output (CloudWatch's OutputARN dimension); null when none does. */
    synchronized ObjectNode flowOfOutput(String outputArn) {
        settleAll();
        for (StoredFlow flow : flows.values()) {
            for (var output : flow.body.path("outputs")) {
                if (outputArn.equals(output.path("outputArn").asText())) {
                    return flow.body.deepCopy();
                }
            }
        }
        return null;
    }

    synchronized ObjectNode start(String arn) {
        StoredFlow flow = find(arn);
        String status = flow.status();
        if (!status.equals("STANDBY") && !status.equals("ERROR")) {
            throw MockError.badRequest("Flow " + flow.name() + " can't be started because it is " + status + ".");
        }
        flow.beginTransition("STARTING", "ACTIVE", clock.instant().plus(settleTime));
        return transitionAnswer(flow);
    }

    synchronized ObjectNode stop(String arn) {
        StoredFlow flow = find(arn);
        String status = flow.status();
        if (!status.equals("ACTIVE") && !status.equals("ERROR")) {
            throw MockError.badRequest("Flow " + flow.name() + " can't be stopped because it is " + status + ".");
        }
        flow.beginTransition("STOPPING", "STANDBY", clock.instant().plus(settleTime));
        return transitionAnswer(flow);
    }

    /** ListEntitlements: the entitlements other accounts granted to this one (the entitled sources' grants). */
    synchronized ObjectNode grantedEntitlements() {
        settleAll();
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("entitlements");
        for (StoredFlow flow : flows.values()) {
            for (var source : flow.body.path("sources")) {
                if (source.hasNonNull("entitlementArn")) {
                    String arn = source.get("entitlementArn").asText();
                    ObjectNode e = list.addObject();
                    e.put("dataTransferSubscriberFeePercent", source.path("dataTransferSubscriberFeePercent").asInt(0));
                    e.put("entitlementArn", arn);
                    e.put("entitlementName", arn.substring(arn.lastIndexOf(':') + 1));
                }
            }
        }
        return out;
    }

    /** Sets a flow's status directly (tests and the demo's "bad day" switch). */
    public synchronized void forceStatus(String arn, String status) {
        StoredFlow flow = find(arn);
        flow.transitionEnds = null;
        flow.body.put("status", status);
    }

    public synchronized void remove(String arn) {
        flows.remove(arn);
    }

    public synchronized List<String> arns() {
        settleAll();
        return List.copyOf(flows.keySet());
    }

    private ObjectNode transitionAnswer(StoredFlow flow) {
        ObjectNode answer = Json.object();
        answer.put("flowArn", flow.arn());
        answer.put("status", flow.status());
        return answer;
    }

    private StoredFlow find(String arn) {
        settleAll();
        StoredFlow flow = flows.get(arn);
        if (flow == null) {
            throw MockError.notFound("Flow not found: " + arn);
        }
        return flow;
    }

    private void settleAll() {
        Instant now = clock.instant();
        flows.values().removeIf(flow -> flow.settle(now));
    }

    private static String encodeToken(int offset, int pageIndex) {
        String raw = "flowdeck-page:" + offset + ":" + pageIndex;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int[] decodeToken(String token) {
        if (token == null || token.isEmpty()) {
            return new int[] {0, 0};
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":");
            if (parts.length != 3 || !parts[0].equals("flowdeck-page")) {
                throw new IllegalArgumentException(raw);
            }
            return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
        } catch (IllegalArgumentException e) {
            throw MockError.badRequest("The nextToken is not valid.");
        }
    }

    private static final class StoredFlow {
        final ObjectNode body;
        Instant transitionEnds;
        String settlesTo;

        StoredFlow(ObjectNode body) {
            this.body = body;
        }

        String arn() {
            return body.path("flowArn").asText();
        }

        String name() {
            return body.path("name").asText();
        }

        String status() {
            return body.path("status").asText();
        }

        void beginTransition(String transient_, String target, Instant ends) {
            body.put("status", transient_);
            settlesTo = target;
            transitionEnds = ends;
        }

        /** Applies a due transition; true when the flow is gone (a finished delete). */
        boolean settle(Instant now) {
            if (transitionEnds == null || now.isBefore(transitionEnds)) {
                return false;
            }
            transitionEnds = null;
            if (settlesTo == null) {
                return true;
            }
            body.put("status", settlesTo);
            return false;
        }

        ObjectNode summary() {
            ObjectNode s = Json.object();
            s.put("availabilityZone", body.path("availabilityZone").asText());
            s.put("description", body.path("description").asText(""));
            s.put("flowArn", arn());
            s.put("name", name());
            boolean entitled = body.path("source").hasNonNull("entitlementArn");
            s.put("sourceType", entitled ? "ENTITLED" : "OWNED");
            s.put("status", status());
            if (body.has("maintenance")) {
                s.set("maintenance", body.get("maintenance").deepCopy());
            }
            return s;
        }
    }
}

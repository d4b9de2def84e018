package dev.flowdeck.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdeck.domain.Attempt;
import dev.flowdeck.domain.CallRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes call records as JSON lines. Only the fields of the record are written — it never held
 * credentials, signatures or tokens, so none can leak here.
 */
public final class CallLogExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CallLogExport() {
    }

    public static void writeJsonLines(List<CallRecord> records, Writer out) throws IOException {
        for (CallRecord record : records) {
            out.write(MAPPER.writeValueAsString(toJson(record)));
            out.write('\n');
        }
        out.flush();
    }

    static ObjectNode toJson(CallRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("started", r.started().toString());
        n.put("service", r.service());
        n.put("operation", r.operation());
        n.put("url", r.url());
        n.put("host", r.host());
        n.put("dnsSource", r.dnsSource());
        ArrayNode dns = n.putArray("dnsAnswers");
        r.dnsAnswers().forEach(dns::add);
        ArrayNode attempts = n.putArray("attempts");
        for (Attempt a : r.attempts()) {
            ObjectNode an = attempts.addObject();
            an.put("number", a.number());
            an.put("target", a.targetAddress() + ":" + a.port());
            an.put("connectedTo", a.connected() ? a.connectedAddress() + ":" + a.port() : null);
            if (a.reused() != null) {
                an.put("reused", a.reused());
            }
            if (a.httpStatus() != null) {
                an.put("httpStatus", a.httpStatus());
            }
            an.put("elapsedMs", a.elapsedMs());
            if (a.error() != null) {
                an.put("error", a.error());
            }
        }
        n.put("connectedTo", r.connectedTo());
        if (r.httpStatus() != null) {
            n.put("httpStatus", r.httpStatus());
        }
        n.put("requestId", r.requestId());
        n.put("latencyMs", r.latencyMs());
        n.put("error", r.error());
        n.put("route", r.route());
        n.put("path", r.path().kind().name());
        n.put("pathLabel", r.path().label());
        return n;
    }
}

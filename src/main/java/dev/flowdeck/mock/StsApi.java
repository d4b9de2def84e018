package dev.flowdeck.mock;

import java.util.Map;
import java.util.UUID;

/** STS's query protocol for GetCallerIdentity: who the caller's key belongs to. */
final class StsApi {
    private StsApi() {
    }

    static String callerIdentity(String accessKeyId) {
        boolean role = accessKeyId != null && accessKeyId.startsWith("ASIA");
        String arn = role ? "arn:aws:sts::123456789012:assumed-role/NocReadOnly/flowdeck" : "arn:aws:iam::123456789012:user/noc-operator";
        String userId = role ? "AROADEMOFLOWDECK00001:flowdeck" : "AIDADEMOFLOWDECK00001";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>" + userId + "</UserId><Account>123456789012</Account>"
                + "</GetCallerIdentityResult><ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>";
    }

    static boolean handles(Map<String, String> form) {
        return "GetCallerIdentity".equals(form.get("Action"));
    }
}

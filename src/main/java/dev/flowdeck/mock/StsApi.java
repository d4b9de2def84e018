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

    /** AssumeRole: one-hour session credentials for the role, as the service answers them. */
    static String assumeRole(Map<String, String> form, java.time.Instant now) {
        String roleArn = String.valueOf(form.get("RoleArn"));
        String session = String.valueOf(form.getOrDefault("RoleSessionName", "flowdeck"));
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleResult><Credentials><AccessKeyId>ASIADEMOFLOWDECKROLE</AccessKeyId>"
                + "<SecretAccessKey>demo-role-secret-" + UUID.randomUUID() + "</SecretAccessKey>"
                + "<SessionToken>demo-role-token-" + UUID.randomUUID() + "</SessionToken>"
                + "<Expiration>" + now.plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "</Expiration></Credentials>"
                + "<AssumedRoleUser><AssumedRoleId>AROADEMOFLOWDECK00002:" + session + "</AssumedRoleId>"
                + "<Arn>arn:aws:sts::123456789012:assumed-role/" + roleName + "/" + session + "</Arn></AssumedRoleUser>"
                + "</AssumeRoleResult><ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</AssumeRoleResponse>";
    }

    static boolean handles(Map<String, String> form) {
        return "GetCallerIdentity".equals(form.get("Action")) || "AssumeRole".equals(form.get("Action"));
    }
}

package dev.flowdeck.mock;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the credential scope of a SigV4 Authorization header the way an AWS regional endpoint does:
 * a request signed for another region or service is refused with 403. The signature itself is not
 * verified (the backend accepts any key), only where it was meant to go.
 */
final class SigV4Scope {
    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");

    private SigV4Scope() {
    }

    /** Throws the service's 403 when the header is missing or scoped elsewhere. */
    static void check(String authorization, String region, String service) {
        if (authorization == null || authorization.isBlank()) {
            throw new MockError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        if (!authorization.startsWith("AWS4-HMAC-SHA256") || !m.find()) {
            throw new MockError(403, "IncompleteSignatureException",
                    "Authorization header requires 'Credential' parameter. Authorization=" + redact(authorization));
        }
        if (!m.group(3).equals(region)) {
            throw new MockError(403, "InvalidSignatureException", "Credential should be scoped to a valid region. ");
        }
        if (!m.group(4).equals(service)) {
            throw new MockError(403, "InvalidSignatureException",
                    "Credential should be scoped to correct service: '" + service + "'. ");
        }
    }

    /** The access key id of the scope, for logs; never the signature. */
    static Optional<String> accessKeyId(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String redact(String header) {
        return header.replaceAll("Signature=[0-9a-fA-F]+", "Signature=…");
    }
}

package dev.flowdeck.service;

import dev.flowdeck.service.FlowDeckException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javax.net.ssl.SSLException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK failures into one line that says what happened and what to do, from the resource bundle. */
public final class ErrorMessages {
    private final ResourceBundle bundle;
    private final String region;
    private final String endpoint;

    public ErrorMessages(ResourceBundle bundle, String region, String endpoint) {
        this.bundle = bundle;
        this.region = region;
        this.endpoint = endpoint;
    }

    /** @param actionKey the bundle key of what was being done ("action.listFlows": "list flows") */
    public FlowDeckException toFlowDeck(String actionKey, SdkException e) {
        String action = bundle.containsKey(actionKey) ? bundle.getString(actionKey) : actionKey;
        if (e instanceof AwsServiceException service) {
            return fromService(action, service);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return make(Kind.TIMEOUT, "error.callTimeout", e, action, endpoint);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.flowdeck.aws.SignInExpired expired) {
                // Without a CLI command to offer (the demo's sign-in), point at FlowDeck's own dialog.
                String orRun = expired.cliHint() == null ? "" : MessageFormat.format(bundle.getString("error.orRun"), expired.cliHint());
                return expired.neverSignedIn() ? make(Kind.SIGN_IN_EXPIRED, "error.notSignedIn", e, action, orRun)
                        : make(Kind.SIGN_IN_EXPIRED, "error.signInExpired", e, action,
                                expired.cliHint() == null ? bundle.getString("error.signInHere") : orRun);
            }
            if (t instanceof UnknownHostException) {
                return make(Kind.DNS, "error.dns", e, action, t.getMessage());
            }
            if (t instanceof ConnectTimeoutException) {
                return make(Kind.TIMEOUT, "error.connectTimeout", e, action, endpoint);
            }
            if (t instanceof org.apache.http.conn.HttpHostConnectException refused && refused.getHost() != null) {
                // Names the party that refused: the endpoint, or the proxy in front of it.
                return make(Kind.UNREACHABLE, "error.refused", e, action, refused.getHost().toHostString());
            }
            if (t instanceof ConnectException) {
                return make(Kind.UNREACHABLE, "error.refused", e, action, endpoint);
            }
            if (t instanceof SocketTimeoutException) {
                return make(Kind.TIMEOUT, "error.readTimeout", e, action, endpoint);
            }
            if (t instanceof NoHttpResponseException) {
                return make(Kind.UNREACHABLE, "error.noResponse", e, action, endpoint);
            }
            if (t instanceof SSLException) {
                return make(Kind.UNREACHABLE, "error.tls", e, action, endpoint, t.getMessage());
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException
                    || t.getClass().getName().contains("JsonParseException")
                    || String.valueOf(t.getMessage()).contains("Unable to unmarshall")
                    || String.valueOf(t.getMessage()).contains("Unable to parse")) {
                return make(Kind.MALFORMED, "error.malformed", e, action, endpoint);
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return make(Kind.UNREACHABLE, "error.io", e, action, endpoint, t.getMessage());
            }
        }
        return make(Kind.OTHER, "error.other", e, action, String.valueOf(e.getMessage()));
    }

    private FlowDeckException fromService(String action, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        String message = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorMessage());
        String requestId = e.requestId() == null ? "—" : e.requestId();
        int status = e.statusCode();
        if (status == 403 && message.contains("scoped to a valid region")) {
            return make(Kind.WRONG_REGION, "error.wrongRegion", e, action, endpoint, region);
        }
        if (status == 403 || status == 401) {
            return make(Kind.ACCESS, "error.access", e, action, code, message);
        }
        if (status == 404) {
            return make(Kind.NOT_FOUND, "error.notFound", e, action, message);
        }
        if (status == 429 || e.isThrottlingException()) {
            return make(Kind.THROTTLED, "error.throttled", e, action);
        }
        if (status >= 500) {
            return make(Kind.SERVER, "error.server", e, action, status, requestId);
        }
        if (status == 400 || status == 409) {
            return make(Kind.REFUSED, "error.refusedByService", e, action, message);
        }
        if (status == 200 || status == 202) {
            return make(Kind.MALFORMED, "error.malformed", e, action, endpoint);
        }
        return make(Kind.OTHER, "error.service", e, action, status, code, message);
    }

    private FlowDeckException make(Kind kind, String key, Throwable cause, Object... args) {
        return new FlowDeckException(kind, MessageFormat.format(bundle.getString(key), args), cause);
    }
}

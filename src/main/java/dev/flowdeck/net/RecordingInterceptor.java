package dev.flowdeck.net;

import dev.flowdeck.domain.CallRecord;
import java.net.InetAddress;
import java.net.URI;
import org.apache.http.HttpConnection;
import org.apache.http.HttpInetConnection;
import org.apache.http.protocol.HttpCoreContext;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Opens a call record when an SDK call begins, reads the socket each answered attempt really used,
 * and hands the finished record to the call log.
 */
final class RecordingInterceptor implements ExecutionInterceptor {
    private final CallLog log;
    private final PathClassifier classifier;
    private final RecordingRoutePlanner planner;

    RecordingInterceptor(CallLog log, PathClassifier classifier, RecordingRoutePlanner planner) {
        this.log = log;
        this.classifier = classifier;
        this.planner = planner;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CallTracker.begin(new CallInProgress(log.nextId(), service, operation));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        CallInProgress call = CallTracker.current();
        if (call != null) {
            URI uri = context.httpRequest().getUri();
            // Scheme, host, port and path only: a query can carry paging tokens, never worth keeping.
            call.url = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
            call.host = context.httpRequest().host();
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        CallInProgress call = CallTracker.current();
        if (call == null || call.current() == null) {
            return;
        }
        CallInProgress.AttemptInProgress attempt = call.current();
        int status = context.httpResponse().statusCode();
        attempt.httpStatus = status;
        call.httpStatus = status;
        call.requestId = context.httpResponse().firstMatchingHeader("x-amzn-RequestId")
                .or(() -> context.httpResponse().firstMatchingHeader("x-amz-request-id")).orElse(null);
        readSocket(attempt);
        attempt.finish(null);
        if (attempt.connectedAddress != null) {
            planner.markWorking(attempt.connectedAddress);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        complete(null);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        CallInProgress call = CallTracker.current();
        if (call != null && call.current() != null) {
            attemptFailed(call.current(), FailureText.of(context.exception()));
        }
        complete(FailureText.of(context.exception()));
    }

    /** Marks an attempt failed; an address that never connected is tried last for a while. */
    void attemptFailed(CallInProgress.AttemptInProgress attempt, String why) {
        attempt.finish(why);
        if (attempt.connectedAddress == null) {
            planner.markFailed(attempt.target);
        }
    }

    private void complete(String error) {
        CallInProgress call = CallTracker.current();
        CallTracker.end();
        if (call != null) {
            CallRecord record = call.finish(error, classifier);
            log.add(record);
        }
    }

    /** The address and reuse of the connection that carried this attempt, from Apache's own context. */
    private static void readSocket(CallInProgress.AttemptInProgress attempt) {
        if (attempt.context == null) {
            return;
        }
        Object connection = attempt.context.getAttribute(HttpCoreContext.HTTP_CONNECTION);
        try {
            if (connection instanceof HttpInetConnection inet) {
                InetAddress remote = inet.getRemoteAddress();
                if (remote != null) {
                    attempt.connectedAddress = remote.getHostAddress();
                }
            }
            if (connection instanceof HttpConnection http && http.getMetrics() != null) {
                attempt.reused = http.getMetrics().getRequestCount() > 1;
            }
        } catch (RuntimeException released) {
            // The connection went back to the pool already; the planner's target is then the best we know.
            attempt.connectedAddress = attempt.target;
        }
    }
}

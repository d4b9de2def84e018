package dev.flowdeck.net;

import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Makes every call of the client it is installed on wait for a token from the shared budget. */
public final class BudgetInterceptor implements ExecutionInterceptor {
    private final RequestBudget budget;
    private final Duration maxWait;

    public BudgetInterceptor(RequestBudget budget, Duration maxWait) {
        this.budget = budget;
        this.maxWait = maxWait;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        try {
            if (!budget.acquire(maxWait)) {
                throw SdkClientException.create("FlowDeck's request budget (" + budget.describe() + ") had no room within "
                        + maxWait.toSeconds() + " s: too many MediaConnect requests at once");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("Interrupted while waiting for the request budget", e);
        }
    }
}

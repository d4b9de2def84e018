package dev.flowdeck.service;

import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Who FlowDeck is signed in as (STS GetCallerIdentity through the connection's STS endpoint). */
public final class IdentityService {
    private final Supplier<StsClient> sts;
    private final ErrorMessages errors;

    public record Identity(String account, String arn) {
    }

    public IdentityService(Supplier<StsClient> sts, ErrorMessages errors) {
        this.sts = sts;
        this.errors = errors;
    }

    public Identity whoAmI() {
        try {
            GetCallerIdentityResponse r = sts.get().getCallerIdentity();
            return new Identity(r.account(), r.arn());
        } catch (SdkException e) {
            throw errors.toFlowDeck("action.whoAmI", e);
        }
    }
}

package dev.flowdeck.app;

import dev.flowdeck.aws.AwsProfiles;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.SsoCredentialsProvider;
import dev.flowdeck.aws.SsoTokenCache;
import dev.flowdeck.domain.ProfileInfo;
import java.time.Clock;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * How a profile's credentials are made, by kind: IAM Identity Center profiles through FlowDeck's
 * token-watching provider, role profiles through STS on the connection's own instrumented client
 * (with its endpoint override), the rest through the SDK's profile provider.
 */
public final class ProfileCredentials {
    private ProfileCredentials() {
    }

    public static Function<AwsSession, AwsCredentialsProvider> forProfile(ProfileInfo info, AwsProfiles profiles, AwsEnvironment aws) {
        return forProfile(info, profiles, aws, Clock.systemUTC());
    }

    public static Function<AwsSession, AwsCredentialsProvider> forProfile(ProfileInfo info, AwsProfiles profiles, AwsEnvironment aws,
                                                                          Clock clock) {
        if (info.sso()) {
            return session -> new SsoCredentialsProvider(SsoTokenCache.inHome(aws.home()), info.tokenCacheKey(), info.signInHint(),
                    info.ssoAccountId(), info.ssoRoleName(), () -> session.ssoPortal(info.ssoRegion()),
                    () -> session.ssoOidc(info.ssoRegion()), clock);
        }
        if (info.kind() == ProfileInfo.Kind.ROLE && info.sourceProfile() != null) {
            ProfileInfo source = profiles.profile(info.sourceProfile());
            Function<AwsSession, AwsCredentialsProvider> sourceCredentials = forProfile(source, profiles, aws, clock);
            return session -> StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(session.stsWith(sourceCredentials.apply(session)))
                    .refreshRequest(r -> r.roleArn(info.roleArn()).roleSessionName("flowdeck")
                            .externalId(profiles.value(info.name(), "external_id").orElse(null)))
                    .asyncCredentialUpdateEnabled(false).build();
        }
        ProfileFile files = profiles.aggregate();
        return session -> ProfileCredentialsProvider.builder().profileFile(files).profileName(info.name()).build();
    }
}

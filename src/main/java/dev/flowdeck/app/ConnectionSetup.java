package dev.flowdeck.app;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * A connection with the way to get its credentials (given the session, for credentials that need
 * its instrumented clients), the profile behind it, the effective settings with their sources,
 * and the demo environment when it is the demo.
 */
public record ConnectionSetup(Connection connection, Function<AwsSession, AwsCredentialsProvider> credentials,
                              ProfileInfo profile, List<EffectiveValue> effective, DemoEnvironment demo, String notice,
                              boolean readOnly) {

    public ConnectionSetup(Connection connection, Function<AwsSession, AwsCredentialsProvider> credentials, ProfileInfo profile,
                           List<EffectiveValue> effective, DemoEnvironment demo, String notice) {
        this(connection, credentials, profile, effective, demo, notice, false);
    }

    public static ConnectionSetup fixed(Connection connection, AwsCredentialsProvider credentials, DemoEnvironment demo,
                                        String notice) {
        return new ConnectionSetup(connection, session -> credentials, null, List.of(), demo, notice);
    }
}

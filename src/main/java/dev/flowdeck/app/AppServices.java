package dev.flowdeck.app;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.service.FlowService;
import dev.flowdeck.service.IdentityService;
import dev.flowdeck.service.NetworkCheck;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** What the composition root built for one connection; closed when the app stops or the connection changes. */
public record AppServices(ConnectionSetup setup, AwsSession session, FlowService flows, NetworkCheck network,
                          IdentityService identity)
        implements AutoCloseable {

    public Connection connection() {
        return setup.connection();
    }

    public AwsCredentialsProvider credentials() {
        return session.credentials();
    }

    public DemoEnvironment demo() {
        return setup.demo();
    }

    public String notice() {
        return setup.notice();
    }

    /** Closes the SDK clients only: the demo backend outlives a change of endpoint. */
    public void closeSession() {
        session.close();
    }

    @Override
    public void close() {
        session.close();
        if (setup.demo() != null) {
            setup.demo().close();
        }
    }
}

package dev.flowdeck.app;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.service.FlowService;
import dev.flowdeck.service.NetworkCheck;

/** What the composition root built for one connection; closed when the app stops. */
public record AppServices(Connection connection, AwsSession session, FlowService flows, NetworkCheck network,
                          DemoEnvironment demo, String notice) implements AutoCloseable {

    @Override
    public void close() {
        session.close();
        if (demo != null) {
            demo.close();
        }
    }
}

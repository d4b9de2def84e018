package dev.flowdeck.app;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.Connection;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.EndpointUrl;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.service.EndpointInventoryService;
import dev.flowdeck.service.ErrorMessages;
import dev.flowdeck.service.MediaConnectFlowService;
import dev.flowdeck.service.IdentityService;
import dev.flowdeck.service.NetworkCheck;
import java.util.ResourceBundle;

/** The composition root: builds the services of one connection with plain constructors. */
public final class AppComposition {
    private final ResourceBundle bundle;
    private final CallLog callLog;
    private final ConnectionFactory connections = new ConnectionFactory();
    /** One budget for every MediaConnect call of this process, whatever the connection. */
    private final RequestBudget budget;

    public AppComposition(ResourceBundle bundle, CallLog callLog) {
        this(bundle, callLog, RequestBudget.defaults());
    }

    public AppComposition(ResourceBundle bundle, CallLog callLog, RequestBudget budget) {
        this.bundle = bundle;
        this.callLog = callLog;
        this.budget = budget;
    }

    public AppServices build(Options options, AwsEnvironment aws) {
        return assemble(connections.create(options, aws));
    }

    public AppServices assemble(ConnectionSetup setup) {
        Connection connection = setup.connection();
        AwsSession session = new AwsSession(connection, setup.credentials(), callLog, budget);
        ErrorMessages errors = new ErrorMessages(bundle, connection.region(), connection.endpointText());
        NetworkCheck network = new NetworkCheck(session, new EndpointInventoryService(session::ec2, connection.region()));
        return new AppServices(setup, session, new MediaConnectFlowService(session::mediaConnect, errors), network,
                new IdentityService(session::sts, errors));
    }

    /**
     * The same connection with MediaConnect calls sent to another endpoint name ("use this endpoint").
     * The demo keeps its backend's port; a real endpoint is plain https on 443.
     */
    public AppServices withMediaConnectEndpoint(AppServices current, String dnsName) {
        Connection c = current.connection();
        EndpointUrl endpoint = c.demo() && c.mediaConnectEndpoint() != null
                ? EndpointUrl.loopbackDemo("https", dnsName, c.mediaConnectEndpoint().effectivePort())
                : EndpointUrl.parse("https://" + dnsName);
        ConnectionSetup was = current.setup();
        return assemble(new ConnectionSetup(c.withMediaConnectEndpoint(endpoint), was.credentials(), was.profile(),
                was.effective(), was.demo(), "MediaConnect calls now go to " + endpoint, was.readOnly()));
    }
}

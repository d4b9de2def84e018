package dev.flowdeck.aws;

import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.HostResolver;
import dev.flowdeck.net.InstrumentedHttp;
import dev.flowdeck.net.PathClassifier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClientBuilder;

/**
 * The SDK clients of one connection, all sharing one instrumented HTTP client. Credentials are
 * always given explicitly: the SDK's default chain (and its instance-metadata probe) is never used.
 */
public final class AwsSession implements AutoCloseable {
    private final Connection connection;
    private final InstrumentedHttp http;
    private final MediaConnectClient mediaConnect;

    public AwsSession(Connection connection, AwsCredentialsProvider credentials, CallLog log) {
        this.connection = connection;
        HostResolver resolver = new HostResolver(connection.pins(), connection.systemResolver());
        this.http = new InstrumentedHttp(resolver, log, new PathClassifier(connection.addressRoles()), connection.timeouts());
        MediaConnectClientBuilder builder = MediaConnectClient.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(credentials)
                .httpClient(http.httpClient())
                .overrideConfiguration(http.overrideConfiguration());
        if (connection.mediaConnectEndpoint() != null) {
            builder.endpointOverride(connection.mediaConnectEndpoint().uri());
        }
        this.mediaConnect = builder.build();
    }

    public MediaConnectClient mediaConnect() {
        return mediaConnect;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        mediaConnect.close();
        http.close();
    }
}

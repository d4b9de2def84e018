package dev.flowdeck.app;

import dev.flowdeck.aws.Connection;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** A connection with its credentials, and the demo environment behind it when it is the demo. */
public record ConnectionSetup(Connection connection, AwsCredentialsProvider credentials, DemoEnvironment demo,
                              String notice) {
}

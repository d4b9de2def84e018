package dev.flowdeck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What of the usual AWS setup exists on this machine: files and variables, never their secrets. */
public record AwsEnvironment(Map<String, String> env, Path home) {

    /** $HOME when set (as the AWS CLI and SDK read it), else Java's user.home. */
    public static AwsEnvironment current() {
        String home = System.getenv("HOME");
        return new AwsEnvironment(System.getenv(), Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")));
    }

    public Path configFile() {
        String custom = env.get("AWS_CONFIG_FILE");
        return custom != null && !custom.isBlank() ? Path.of(custom) : home.resolve(".aws").resolve("config");
    }

    public Path credentialsFile() {
        String custom = env.get("AWS_SHARED_CREDENTIALS_FILE");
        return custom != null && !custom.isBlank() ? Path.of(custom) : home.resolve(".aws").resolve("credentials");
    }

    /** True when the machine has any AWS configuration FlowDeck could use instead of the demo. */
    public boolean configured() {
        return present("AWS_PROFILE") || present("AWS_ACCESS_KEY_ID")
                || Files.isRegularFile(configFile()) || Files.isRegularFile(credentialsFile());
    }

    public String get(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private boolean present(String name) {
        return get(name) != null;
    }
}

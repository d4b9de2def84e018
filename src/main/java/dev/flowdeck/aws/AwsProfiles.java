package dev.flowdeck.aws;

import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.domain.ProfileInfo.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The shared config and credentials files as the AWS CLI reads them (parsed by the SDK's own
 * reader), with the conventions engineers already use: sso-session and legacy SSO profiles, role
 * chains, credential_process, services sections, and the AWS_* variables that override files.
 */
public final class AwsProfiles {
    private final Path configFile;
    private final Path credentialsFile;
    private final Map<String, String> env;
    private final ProfileFile config;
    private final ProfileFile credentials;
    private final String fileProblem;

    public AwsProfiles(Path configFile, Path credentialsFile, Map<String, String> env) {
        this.configFile = configFile;
        this.credentialsFile = credentialsFile;
        this.env = env;
        String problem = null;
        ProfileFile cfg = empty(ProfileFile.Type.CONFIGURATION);
        ProfileFile creds = empty(ProfileFile.Type.CREDENTIALS);
        try {
            if (Files.isRegularFile(configFile)) {
                cfg = ProfileFile.builder().content(configFile).type(ProfileFile.Type.CONFIGURATION).build();
            }
            if (Files.isRegularFile(credentialsFile)) {
                creds = ProfileFile.builder().content(credentialsFile).type(ProfileFile.Type.CREDENTIALS).build();
            }
        } catch (RuntimeException e) {
            problem = "The AWS config files cannot be read (" + e.getMessage() + "): fix the file, the AWS CLI reads it too.";
        }
        this.config = cfg;
        this.credentials = creds;
        this.fileProblem = problem;
    }

    /** Every profile in either file, sorted by name; each with its own problem, if any. */
    public List<ProfileInfo> list() {
        Map<String, ProfileInfo> byName = new TreeMap<>();
        config.profiles().keySet().forEach(n -> byName.put(n, profile(n)));
        credentials.profiles().keySet().forEach(n -> byName.putIfAbsent(n, profile(n)));
        return List.copyOf(byName.values());
    }

    /** Both files as one, for the SDK's own profile provider (static keys, credential_process). */
    public ProfileFile aggregate() {
        return ProfileFile.aggregator().addFile(credentials).addFile(config).build();
    }

    public Optional<String> fileProblem() {
        return Optional.ofNullable(fileProblem);
    }

    public ProfileInfo profile(String name) {
        Optional<Profile> cfg = config.profile(name);
        Optional<Profile> creds = credentials.profile(name);
        if (cfg.isEmpty() && creds.isEmpty()) {
            return new ProfileInfo(name, Kind.NO_CREDENTIALS, null, "No profile named \"" + name + "\" in " + configFile
                    + " or " + credentialsFile + ".", null, null, null, null, null, null, null);
        }
        String region = property(cfg, "region").orElse(null);
        String sessionName = property(cfg, "sso_session").orElse(null);
        if (sessionName != null) {
            Optional<Profile> session = config.getSection("sso-session", sessionName);
            if (session.isEmpty()) {
                return sso(name, Kind.SSO_SESSION, region, "The profile names sso_session = " + sessionName
                        + ", but " + configFile + " has no [sso-session " + sessionName + "] section.", sessionName, null, null, cfg);
            }
            String startUrl = property(session, "sso_start_url").orElse(null);
            String ssoRegion = property(session, "sso_region").orElse(null);
            String missing = startUrl == null ? "sso_start_url" : ssoRegion == null ? "sso_region" : null;
            return sso(name, Kind.SSO_SESSION, region, missing == null ? missingAssignment(cfg)
                    : "[sso-session " + sessionName + "] has no " + missing + ".", sessionName, startUrl, ssoRegion, cfg);
        }
        if (property(cfg, "sso_start_url").isPresent()) {
            return sso(name, Kind.SSO_LEGACY, region, property(cfg, "sso_region").isEmpty()
                    ? "The legacy SSO profile has no sso_region." : missingAssignment(cfg), null,
                    property(cfg, "sso_start_url").get(), property(cfg, "sso_region").orElse(null), cfg);
        }
        Optional<String> roleArn = property(cfg, "role_arn").or(() -> property(creds, "role_arn"));
        if (roleArn.isPresent()) {
            String source = property(cfg, "source_profile").or(() -> property(creds, "source_profile")).orElse(null);
            String problem = source == null && property(cfg, "credential_source").isEmpty()
                    ? "role_arn needs a source_profile (or credential_source)." : source != null && !exists(source)
                    ? "source_profile " + source + " does not exist." : null;
            return new ProfileInfo(name, Kind.ROLE, region, problem, null, null, null, null, null, roleArn.get(), source);
        }
        if (property(cfg, "credential_process").or(() -> property(creds, "credential_process")).isPresent()) {
            return new ProfileInfo(name, Kind.CREDENTIAL_PROCESS, region, null, null, null, null, null, null, null, null);
        }
        boolean keys = property(creds, "aws_access_key_id").or(() -> property(cfg, "aws_access_key_id")).isPresent();
        return new ProfileInfo(name, keys ? Kind.STATIC_KEYS : Kind.NO_CREDENTIALS, region,
                keys ? null : "The profile has no credentials (no keys, role, process or SSO settings).",
                null, null, null, null, null, null, null);
    }

    /** FlowDeck's service name, its AWS_ENDPOINT_URL_* variable, its key in a services section. */
    private static final String[][] SERVICES = {{"mediaconnect", "AWS_ENDPOINT_URL_MEDIACONNECT", "mediaconnect"},
            {"ec2", "AWS_ENDPOINT_URL_EC2", "ec2"}, {"sts", "AWS_ENDPOINT_URL_STS", "sts"},
            {"sso", "AWS_ENDPOINT_URL_SSO", "sso"}, {"sso-oidc", "AWS_ENDPOINT_URL_SSO_OIDC", "sso_oidc"},
            {"monitoring", "AWS_ENDPOINT_URL_CLOUDWATCH", "cloudwatch"}};

    /** The endpoint override a profile sets for a service (variables, services section, endpoint_url), if any. */
    public Optional<String> endpointOverride(String profile, String service) {
        return effective(profile).stream().filter(v -> v.setting().equals(service + " endpoint"))
                .map(EffectiveValue::value).filter(v -> !v.equals("regional default")).findFirst();
    }

    /** What FlowDeck will use for this profile, and where each value comes from. Never secrets. */
    public List<EffectiveValue> effective(String name) {
        List<EffectiveValue> values = new ArrayList<>();
        Optional<Profile> cfg = config.profile(name);
        String section = name.equals("default") ? "[default]" : "[profile " + name + "]";
        String fileSource = configFile + " " + section;
        values.add(pick("region", fileSource, cfg, "region", "AWS_REGION", "AWS_DEFAULT_REGION"));
        Optional<String> servicesName = property(cfg, "services");
        Optional<Profile> services = servicesName.flatMap(s -> config.getSection("services", s));
        for (String[] service : SERVICES) {
            EffectiveValue v;
            String envValue = nonBlank(env.get(service[1]));
            // The SDK's order: service variable, global variable, services section, the profile's endpoint_url.
            if (envValue != null) {
                v = new EffectiveValue(service[0] + " endpoint", envValue, "environment " + service[1]);
            } else if (nonBlank(env.get("AWS_ENDPOINT_URL")) != null) {
                v = new EffectiveValue(service[0] + " endpoint", env.get("AWS_ENDPOINT_URL"), "environment AWS_ENDPOINT_URL");
            } else if (services.flatMap(s -> s.property(service[2] + ".endpoint_url")).isPresent()) {
                v = new EffectiveValue(service[0] + " endpoint", services.get().property(service[2] + ".endpoint_url").get(),
                        configFile + " [services " + servicesName.get() + "]");
            } else if (property(cfg, "endpoint_url").isPresent()) {
                v = new EffectiveValue(service[0] + " endpoint", property(cfg, "endpoint_url").get(), fileSource + " endpoint_url");
            } else {
                v = new EffectiveValue(service[0] + " endpoint", "regional default", "AWS default");
            }
            values.add(v);
        }
        values.add(pick("ca_bundle", fileSource, cfg, "ca_bundle", "AWS_CA_BUNDLE"));
        ProfileInfo info = profile(name);
        values.add(new EffectiveValue("credentials", info.kind().label(), fileSource));
        if (info.sso()) {
            String ssoSource = info.kind() == Kind.SSO_SESSION ? configFile + " [sso-session " + info.ssoSession() + "]" : fileSource;
            values.add(new EffectiveValue("sso_start_url", info.ssoStartUrl(), ssoSource));
            values.add(new EffectiveValue("sso_region", info.ssoRegion(), ssoSource));
            values.add(new EffectiveValue("account / role", info.ssoAccountId() + " / " + info.ssoRoleName(), fileSource));
        }
        if (info.kind() == Kind.ROLE) {
            values.add(new EffectiveValue("role_arn", info.roleArn(), fileSource));
            values.add(new EffectiveValue("source_profile", String.valueOf(info.sourceProfile()), fileSource));
        }
        return values;
    }

    public Optional<String> value(String profile, String property) {
        return property(config.profile(profile), property).or(() -> property(credentials.profile(profile), property));
    }

    private EffectiveValue pick(String setting, String fileSource, Optional<Profile> cfg, String property, String... variables) {
        for (String variable : variables) {
            String v = nonBlank(env.get(variable));
            if (v != null) {
                return new EffectiveValue(setting, v, "environment " + variable);
            }
        }
        return property(cfg, property).map(v -> new EffectiveValue(setting, v, fileSource))
                .orElse(new EffectiveValue(setting, "—", "not set"));
    }

    private ProfileInfo sso(String name, Kind kind, String region, String problem, String session, String startUrl,
                            String ssoRegion, Optional<Profile> cfg) {
        return new ProfileInfo(name, kind, region, problem, session, startUrl, ssoRegion,
                property(cfg, "sso_account_id").orElse(null), property(cfg, "sso_role_name").orElse(null), null, null);
    }

    private static String missingAssignment(Optional<Profile> cfg) {
        if (property(cfg, "sso_account_id").isEmpty() || property(cfg, "sso_role_name").isEmpty()) {
            return "The profile has no sso_account_id/sso_role_name: sign in from FlowDeck to pick an account and role.";
        }
        return null;
    }

    private boolean exists(String profile) {
        return config.profile(profile).isPresent() || credentials.profile(profile).isPresent();
    }

    private static Optional<String> property(Optional<Profile> profile, String name) {
        return profile.flatMap(p -> p.property(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String nonBlank(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static ProfileFile empty(ProfileFile.Type type) {
        return ProfileFile.builder().content(new java.io.ByteArrayInputStream(new byte[0])).type(type).build();
    }
}

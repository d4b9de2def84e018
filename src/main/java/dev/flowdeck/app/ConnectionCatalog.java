package dev.flowdeck.app;

import dev.flowdeck.aws.AwsProfiles;
import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.settings.SavedConnection;
import dev.flowdeck.settings.SettingsFile;
import dev.flowdeck.settings.SettingsStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every connection the user can pick: the two demos, each profile of the shared AWS config, and
 * FlowDeck's saved connections. A profile that cannot be used stays in the list with its message.
 */
public final class ConnectionCatalog {
    private final AwsEnvironment aws;
    private final SettingsStore store;
    private final Supplier<DemoEnvironment> demo;
    private final ConnectionFactory factory = new ConnectionFactory();
    private SettingsFile settings;
    private final String settingsProblem;

    public enum Kind { DEMO, DEMO_IDENTITY_CENTER, PROFILE, SAVED }

    public record Entry(String name, Kind kind, ProfileInfo profile, SavedConnection saved, String problem,
                        List<EffectiveValue> effective) {
        public boolean signInPossible() {
            return kind == Kind.DEMO_IDENTITY_CENTER || profile != null && profile.sso() && profile.ssoStartUrl() != null;
        }
    }

    public ConnectionCatalog(AwsEnvironment aws, SettingsStore store, Supplier<DemoEnvironment> demo) {
        this.aws = aws;
        this.store = store;
        this.demo = demo;
        SettingsStore.Loaded loaded = store.load();
        this.settings = loaded.settings();
        this.settingsProblem = loaded.problem();
    }

    public int refreshSeconds() {
        return settings.refreshSeconds();
    }

    /** The whole settings file as loaded (the settings dialog edits a copy of it). */
    public SettingsFile settings() {
        return settings;
    }

    public SettingsStore store() {
        return store;
    }

    /** Why the settings file could not be read, once, for the user; null when it was fine. */
    public String settingsProblem() {
        return settingsProblem;
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("Demo", Kind.DEMO, null, null, null,
                List.of(new EffectiveValue("credentials", "demo keys (the embedded backend accepts any)", "FlowDeck demo"))));
        entries.add(new Entry(DemoEnvironment.IDENTITY_CENTER_NAME, Kind.DEMO_IDENTITY_CENTER, null, null, null,
                List.of(new EffectiveValue("credentials", "IAM Identity Center device sign-in (demo)", "FlowDeck demo"))));
        AwsProfiles profiles = new AwsProfiles(aws.configFile(), aws.credentialsFile(), aws.env());
        profiles.fileProblem().ifPresent(p -> entries.add(new Entry("AWS config files", Kind.PROFILE, null, null, p, List.of())));
        for (ProfileInfo p : profiles.list()) {
            entries.add(new Entry("Profile " + p.name(), Kind.PROFILE, p, null, p.problem(), profiles.effective(p.name())));
        }
        for (SavedConnection s : settings.connections()) {
            ProfileInfo p = s.profile() == null ? null : profiles.profile(s.profile());
            List<EffectiveValue> effective = new ArrayList<>(s.profile() == null ? List.of() : profiles.effective(s.profile()));
            String source = "FlowDeck connection '" + s.name() + "'";
            if (s.region() != null) {
                effective.removeIf(v -> v.setting().equals("region"));
                effective.add(new EffectiveValue("region", s.region(), source));
            }
            s.endpoints().forEach((service, url) -> {
                effective.removeIf(v -> v.setting().equals(service + " endpoint"));
                effective.add(new EffectiveValue(service + " endpoint", url, source));
            });
            s.pins().forEach((host, ips) -> effective.add(new EffectiveValue("pin " + host, String.join(", ", ips), source)));
            if (s.dnsServer() != null) {
                effective.add(new EffectiveValue("dns server", s.dnsServer(), source));
            }
            effective.add(new EffectiveValue("read-only", String.valueOf(s.readOnly()), source));
            entries.add(new Entry(s.name(), Kind.SAVED, p, s, p == null ? null : p.problem(), List.copyOf(effective)));
        }
        return entries;
    }

    /** Builds the connection an entry stands for; bad values fail with a message that says what to fix. */
    public ConnectionSetup setupFor(Entry entry, String ssoAccount, String ssoRole) {
        return switch (entry.kind()) {
            case DEMO -> {
                DemoEnvironment env = demo.get();
                yield ConnectionSetup.fixed(env.connection(), env.credentials(), env, env.notice());
            }
            case DEMO_IDENTITY_CENTER -> demo.get().identityCenterSetup(ssoAccount == null ? "123456789012" : ssoAccount,
                    ssoRole == null ? "NocReadOnly" : ssoRole);
            case PROFILE -> factory.create(options(entry.profile().name(), null, Map.of(), null, null, null, Map.of()), aws);
            case SAVED -> {
                SavedConnection s = entry.saved();
                Options o = options(s.profile(), s.region(), s.endpoints(), s.dnsServer(), s.caBundle(), null, s.pins());
                ConnectionSetup setup = factory.create(o, aws, serviceEndpoints(s));
                yield new ConnectionSetup(setup.connection().named(s.name()), setup.credentials(), setup.profile(),
                        entry.effective(), null, setup.notice(), s.readOnly());
            }
        };
    }

    public void save(SavedConnection connection) throws IOException {
        settings = store.saveConnection(settings, connection);
    }

    /** The saved overrides by the connection's service keys; "cloudwatch" is what people type for "monitoring". */
    private static Map<String, String> serviceEndpoints(SavedConnection s) {
        Map<String, String> byService = new LinkedHashMap<>(s.endpoints());
        String cloudWatch = byService.remove("cloudwatch");
        if (cloudWatch != null) {
            byService.putIfAbsent(dev.flowdeck.aws.Connection.CLOUDWATCH, cloudWatch);
        }
        return byService;
    }

    private static Options options(String profile, String region, Map<String, String> endpoints, String dns, String caBundle,
                                   String select, Map<String, List<String>> pins) {
        return new Options(false, DemoScenario.AFTER, false, false, false, region, profile == null ? "default" : profile,
                endpoints.get("mediaconnect"), endpoints.get("ec2"), dns, caBundle, new LinkedHashMap<>(pins), select, null, false, List.of(),
                null);
    }
}

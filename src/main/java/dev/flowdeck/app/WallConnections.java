package dev.flowdeck.app;

import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.RequestBudget;
import dev.flowdeck.settings.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The connections a wall shows: each {@code --connection NAME} as the Connection… dialog names it,
 * else the one the desktop would use. The demo wall shows Tokyo and N. Virginia side by side.
 * Every connection gets its own call log; all share one request budget.
 */
public final class WallConnections {
    static final int CALLS_KEPT = 300;
    /** The demo's second region, by a name easy to type on a command line. */
    public static final String US_EAST_1_ALIAS = "Demo us-east-1";

    private WallConnections() {
    }

    public static List<WallSource> open(Options options, AwsEnvironment aws, ResourceBundle bundle, RequestBudget budget) {
        List<WallSource> sources = new ArrayList<>();
        try {
            if (options.connections().isEmpty() && !options.demo() && !aws.configured() && !options.asksForRealConnection()) {
                // The desktop falls back to the demo; a wall must not: made-up outages on a NOC screen are worse than none.
                throw new Options.UsageException("the wall shows real flows only, and no AWS configuration was found (no ~/.aws "
                        + "files, AWS_PROFILE or AWS_ACCESS_KEY_ID). Give --connection NAME or --profile P, or --demo for the demo's flows");
            }
            if (options.connections().isEmpty()) {
                WallSource first = source(bundle, budget, composition -> composition.build(options, aws));
                sources.add(first);
                DemoEnvironment demo = first.services().demo();
                if (demo != null) {
                    sources.add(source(bundle, budget, composition -> composition.assemble(ConnectionSetup.fixed(usEast1(demo),
                            demo.credentials(), null, null))));
                }
                return sources;
            }
            Supplier<DemoEnvironment> demo = new SharedDemo(options);
            ConnectionCatalog catalog = new ConnectionCatalog(aws, new SettingsStore(SettingsStore.defaultFolder(aws.env(),
                    System.getProperty("os.name"), aws.home()).resolve("settings.json"), java.time.Clock.systemUTC()), demo);
            // A name given twice is one connection (and one set of tiles).
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String name : options.connections()) {
                if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (name.equalsIgnoreCase(US_EAST_1_ALIAS) || name.equalsIgnoreCase(DemoEnvironment.US_EAST_1_NAME)) {
                    sources.add(source(bundle, budget, composition -> composition.assemble(ConnectionSetup.fixed(usEast1(demo.get()),
                            demo.get().credentials(), null, null))));
                    continue;
                }
                ConnectionCatalog.Entry entry = catalog.entries().stream()
                        .filter(e -> e.name().equalsIgnoreCase(name) || e.name().equalsIgnoreCase("Profile " + name)).findFirst()
                        .orElseThrow(() -> new Options.UsageException("no connection named '" + name + "'. Known: "
                                + String.join(", ", catalog.entries().stream().map(ConnectionCatalog.Entry::name).toList()) + ", "
                                + US_EAST_1_ALIAS + (catalog.settingsProblem() == null ? "" : ". Note: " + catalog.settingsProblem())));
                sources.add(source(bundle, budget, composition -> composition.assemble(catalog.setupFor(entry, null, null))));
            }
            return sources;
        } catch (RuntimeException e) {
            sources.forEach(WallSource::close);
            throw e;
        }
    }

    private static WallSource source(ResourceBundle bundle, RequestBudget budget,
                                     java.util.function.Function<AppComposition, AppServices> build) {
        CallLog calls = new CallLog(CALLS_KEPT);
        return new WallSource(build.apply(new AppComposition(bundle, calls, budget)), calls);
    }

    private static dev.flowdeck.aws.Connection usEast1(DemoEnvironment demo) {
        try {
            return demo.usEast1Connection();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One demo backend for every demo connection named on the command line, started on first use. */
    private static final class SharedDemo implements Supplier<DemoEnvironment> {
        private final Options options;
        private DemoEnvironment demo;

        SharedDemo(Options options) {
            this.options = options;
        }

        @Override
        public synchronized DemoEnvironment get() {
            if (demo == null) {
                try {
                    demo = DemoEnvironment.start(options.scenario(), java.time.Duration.ofSeconds(4));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return demo;
        }
    }
}

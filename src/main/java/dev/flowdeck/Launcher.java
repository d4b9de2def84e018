package dev.flowdeck;

import dev.flowdeck.app.AppComposition;
import dev.flowdeck.app.AppServices;
import dev.flowdeck.app.AwsEnvironment;
import dev.flowdeck.app.DoctorCommand;
import dev.flowdeck.app.JvmNetworkSettings;
import dev.flowdeck.app.LaunchContext;
import dev.flowdeck.app.Milestones;
import dev.flowdeck.app.Options;
import dev.flowdeck.app.Version;
import dev.flowdeck.mock.MockServerCommand;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.main.FlowDeckApp;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * The one entry point: {@code mock-server …}, or the desktop window. A separate class from the
 * Application so that the JavaFX jars on the class path are enough to start.
 */
public final class Launcher {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    /** settings.json as it is, read once at start (the request budget and the language come from it). */
    private static dev.flowdeck.settings.SettingsFile settings() {
        AwsEnvironment aws = AwsEnvironment.current();
        return new dev.flowdeck.settings.SettingsStore(dev.flowdeck.settings.SettingsStore.defaultFolder(aws.env(),
                System.getProperty("os.name"), aws.home()).resolve("settings.json"), java.time.Clock.systemUTC()).peek();
    }

    public static void main(String[] args) {
        JvmNetworkSettings.apply();
        if (args.length > 0 && args[0].equals("mock-server")) {
            System.exit(MockServerCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("doctor")) {
            System.exit(DoctorCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.HelpRequested help) {
            System.out.println(Options.usage());
            return;
        } catch (Options.UsageException e) {
            System.err.println("flowdeck: " + e.getMessage());
            System.err.println(Options.usage());
            System.exit(2);
            return;
        }
        if (options.version()) {
            System.out.println(Version.text());
            return;
        }
        Milestones milestones = new Milestones();
        milestones.main();
        var settings = settings();
        Messages text = Messages.forSetting(settings.language());
        // Dates and numbers follow the chosen language too.
        Locale.setDefault(Locale.Category.FORMAT, text.locale());
        CallLog callLog = new CallLog();
        // The SDK client and the demo backend are built while JavaFX starts, not after it.
        CompletableFuture<AppServices> services = new CompletableFuture<>();
        CompletableFuture<java.util.List<dev.flowdeck.app.WallSource>> wallSources = new CompletableFuture<>();
        dev.flowdeck.net.RequestBudget budget = new dev.flowdeck.net.RequestBudget(settings.requestsPerSecond(), settings.requestBurst());
        AppComposition composition = new AppComposition(text.bundle(), callLog, budget);
        Thread builder = new Thread(() -> {
            try {
                if (options.wall()) {
                    var built = dev.flowdeck.app.WallConnections.open(options, AwsEnvironment.current(), text.bundle(), budget);
                    built.forEach(s -> s.services().session().mediaConnect());
                    wallSources.complete(built);
                    return;
                }
                AppServices built = composition.build(options, AwsEnvironment.current());
                built.session().mediaConnect();
                // The first ListFlows goes out now, while JavaFX builds the window; the window takes its answer.
                var prefetch = new dev.flowdeck.service.FirstListPrefetch(built.flows());
                services.complete(new AppServices(built.setup(), built.session(), prefetch, built.network(), built.identity()));
                prefetch.fetchNow();
            } catch (Throwable e) {
                services.completeExceptionally(e);
                wallSources.completeExceptionally(e);
            }
        }, "flowdeck-startup");
        builder.setDaemon(true);
        builder.start();
        FlowDeckApp.handOver(new LaunchContext(options, text, callLog, composition, services, milestones, wallSources));
        // Light or dark, decided before the toolkit (it may ask gsettings, which must not happen on the JavaFX thread).
        dev.flowdeck.ui.common.DesktopTheme.detect(System.getenv());
        // JavaFX warns about running from the class path; it is how FlowDeck is meant to run.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(FlowDeckApp.class, args);
        } catch (UnsupportedOperationException | IllegalStateException noDisplay) {
            System.err.println("flowdeck: cannot open a window (" + noDisplay.getMessage() + "). Run it on a desktop, "
                    + "set DISPLAY, or use xvfb-run; for the network check without a window use: " + Options.command() + " doctor");
            Runtime.getRuntime().halt(1);
        }
    }
}

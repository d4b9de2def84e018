package dev.flowdeck.ui.main;

import dev.flowdeck.app.AppServices;
import dev.flowdeck.app.AwsEnvironment;
import dev.flowdeck.app.ConnectionCatalog;
import dev.flowdeck.app.ConnectionFactory;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.app.LaunchContext;

import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.aws.SsoTokenCache;
import dev.flowdeck.service.DeviceSignIn;
import dev.flowdeck.service.FlowWaiter;
import dev.flowdeck.settings.SettingsStore;
import dev.flowdeck.ui.connection.ConnectionDialog;
import dev.flowdeck.ui.connection.ConnectionViewModel;
import dev.flowdeck.ui.connection.SignInDialog;
import dev.flowdeck.ui.connection.SignInViewModel;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.flows.AuditDialog;
import dev.flowdeck.ui.flows.GrantedEntitlementsDialog;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: builds the window while the connection is built on another thread. */
public final class FlowDeckApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(FlowDeckApp.class);
    private static final Duration SMOKE_LIMIT = Duration.seconds(60);

    /** Handed over by {@link dev.flowdeck.Launcher}: Application instances take no constructor arguments. */
    private static LaunchContext context;

    private FxTaskRunner tasks;
    /** The services in use; replaced when the user picks another endpoint. Touched on the FX thread only. */
    private AppServices current;
    private DemoEnvironment extraDemo;
    private dev.flowdeck.ui.wall.WallWindow wall;
    private dev.flowdeck.service.AuditLog audit;
    private dev.flowdeck.settings.HealthSettings healthSettings = dev.flowdeck.settings.HealthSettings.defaults();
    private static final String AUDIT_FILE = "audit" + ".jsonl";

    public static void handOver(LaunchContext launchContext) {
        context = launchContext;
    }

    @Override
    public void start(Stage stage) {
        context.milestones().toolkitStarted();
        Messages text = context.text();
        tasks = new FxTaskRunner(4);
        if (context.options().wall()) {
            startWall(stage);
            return;
        }
        FlowBrowserViewModel flows = new FlowBrowserViewModel(tasks, text);
        CallLogViewModel calls = new CallLogViewModel(context.callLog(), tasks);
        NetworkViewModel network = new NetworkViewModel(tasks, text);
        MainWindow window = new MainWindow(flows, calls, network, text);
        window.setOnConnection(() -> openConnections(stage, window, flows, network));
        ConnectionCatalog startupCatalog = catalog();
        window.setAutoRefresh(java.time.Duration.ofSeconds(startupCatalog.refreshSeconds()));
        healthSettings = startupCatalog.settings().health();
        window.setOnSettings(() -> openSettings(stage, window, flows));
        if (startupCatalog.settingsProblem() != null) {
            window.showNotice(startupCatalog.settingsProblem());
        }
        window.setOnGranted(() -> {
            if (current != null) {
                GrantedEntitlementsDialog dialog = new GrantedEntitlementsDialog(current.flows(), tasks, text);
                dialog.initOwner(stage);
                dialog.show();
            }
        });
        window.setOnAudit(() -> {
            if (audit != null) {
                AuditDialog dialog = new AuditDialog(audit, tasks, text);
                dialog.initOwner(stage);
                dialog.show();
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        scene.getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());
        stage.setTitle(text.get("app.title"));
        dev.flowdeck.ui.common.WindowIcons.apply(stage);
        stage.setScene(scene);
        stage.setOnShown(e -> context.milestones().windowShown());
        if (context.options().smoke()) {
            armSmoke(scene, flows);
        }
        if ("network".equals(context.options().panel())) {
            window.showNetworkTab();
        }
        String select = context.options().select();
        if (select != null && (context.options().panel() == null || context.options().panel().equals("flows"))) {
            flows.completedLoadsProperty().subscribe(loads -> {
                if (loads.intValue() == 1 && !window.selectFlowNamed(select)) {
                    window.showNotice(text.format("flows.selectMissing", select));
                }
            });
            // The first health verdicts re-sort the table (attention first): follow the chosen flow once, then leave the
            // scrolling to the user.
            flows.health().addListener(new javafx.collections.MapChangeListener<String, dev.flowdeck.domain.FlowHealth>() {
                @Override
                public void onChanged(Change<? extends String, ? extends dev.flowdeck.domain.FlowHealth> change) {
                    flows.health().removeListener(this);
                    Platform.runLater(window::revealSelected);
                }
            });
        }
        stage.show();

        context.services().whenComplete((services, failure) -> tasks.onUiThread(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof IllegalArgumentException) {
                    LOG.warn("Could not build the connection: {}", cause.getMessage());
                } else {
                    LOG.error("Could not build the connection", cause);
                }
                window.showConnection(text.get("app.noConnection"), "—", "—", null);
                flows.connectionFailed(cause.getMessage());
                smokeFail("connection failed: " + cause.getMessage());
                return;
            }
            context.milestones().clientReady();
            use(services, window, flows, network);
            String panel = context.options().panel();
            if ("connections".equals(panel) || "sign-in".equals(panel)) {
                // Opened once the main window has painted, not inside the start-up callback.
                PauseTransition settle = new PauseTransition(Duration.millis(500));
                // showAndWait is not allowed inside an animation's handler: leave it first.
                settle.setOnFinished(e -> Platform.runLater(() -> {
                    if ("connections".equals(panel)) {
                        openConnections(stage, window, flows, network);
                    } else {
                        signInToDemo(stage, window, flows, network);
                    }
                }));
                settle.play();
            }
        }));
    }

    /** Points every screen at one connection's services; "use this endpoint" comes back here with new ones. */
    private void use(AppServices services, MainWindow window, FlowBrowserViewModel flows, NetworkViewModel network) {
        AppServices previous = current;
        current = services;
        var c = services.connection();
        window.showConnection(c.name(), c.endpointText(), context.text().format("status.timeoutsValue",
                c.timeouts().connect().toSeconds(), c.timeouts().call().toSeconds()), services.notice());
        flows.setReadOnly(services.setup().readOnly());
        audit = auditLogFor(services);
        flows.setAuditLog(audit);
        applyHealth(flows);
        flows.connect(services.flows(), FlowWaiter::cliLike);
        network.connect(services.network(), "com.amazonaws." + c.region() + ".mediaconnect", dnsName ->
                tasks.run("switch endpoint", () -> context.composition().withMediaConnectEndpoint(current, dnsName),
                        next -> use(next, window, flows, network),
                        failure -> window.showNotice(String.valueOf(failure.getMessage()))));
        if (previous != null) {
            // Calls in flight on the old clients may finish (each is bounded by the call timeout); then close them.
            CompletableFuture.delayedExecutor(previous.connection().timeouts().call().toSeconds() + 5, TimeUnit.SECONDS)
                    .execute(previous::closeSession);
        }
    }

    private void applyHealth(FlowBrowserViewModel flows) {
        if (current != null) {
            flows.setHealthService(new dev.flowdeck.service.HealthService(current.session()::cloudWatch, healthSettings.rules(),
                    java.time.Clock.systemUTC()), java.time.Duration.ofSeconds(healthSettings.intervalSeconds()));
        }
    }

    /** Settings…: refresh and health thresholds, saved to settings.json and applied at once. */
    private void openSettings(Stage stage, MainWindow window, FlowBrowserViewModel flows) {
        ConnectionCatalog catalog = catalog();
        var model = new dev.flowdeck.ui.settings.SettingsViewModel(catalog.settings(),
                flows.healthModel().queriesPerRefreshProperty(), context.text());
        var dialog = new dev.flowdeck.ui.settings.SettingsDialog(model, context.text());
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(chosen -> tasks.run("save settings", () -> {
            catalog.store().save(chosen);
            return chosen;
        }, saved -> {
            healthSettings = saved.health();
            window.setAutoRefresh(java.time.Duration.ofSeconds(saved.refreshSeconds()));
            applyHealth(flows);
            flows.refresh();
            window.showNotice(context.text().format("settings.saved", saved.refreshSeconds(), saved.health().intervalSeconds())
                    + (saved.language().equals(catalog.settings().language()) ? "" : " " + context.text().get("settings.languageNextStart")));
        }, failure -> window.showNotice(context.text().format("settings.saveFailed", String.valueOf(failure.getMessage())))));
    }

    /** The audit log in the settings folder; the AWS identity is asked once, when the first action is logged. */
    private dev.flowdeck.service.AuditLog auditLogFor(AppServices services) {
        AwsEnvironment aws = AwsEnvironment.current();
        java.nio.file.Path folder = SettingsStore.defaultFolder(aws.env(), System.getProperty("os.name"), aws.home());
        java.util.function.Supplier<String> identity = new java.util.function.Supplier<>() {
            private String known;

            @Override
            public synchronized String get() {
                if (known == null) {
                    known = services.identity().whoAmI().arn();
                }
                return known;
            }
        };
        return new dev.flowdeck.service.AuditLog(folder.resolve(AUDIT_FILE), java.time.Clock.systemUTC(),
                System.getProperty("user.name"), identity, services.connection().name());
    }

    /** Goes straight to the sign-in of "Demo (IAM Identity Center)". */
    private void signInToDemo(Stage stage, MainWindow window, FlowBrowserViewModel flows, NetworkViewModel network) {
        ConnectionCatalog catalog = catalog();
        catalog.entries().stream().filter(e -> e.kind() == ConnectionCatalog.Kind.DEMO_IDENTITY_CENTER).findFirst()
                .ifPresent(entry -> decide(new ConnectionDialog.Decision(entry, true), catalog, stage, window, flows, network));
    }

    private ConnectionCatalog catalog() {
        AwsEnvironment aws = AwsEnvironment.current();
        SettingsStore store = new SettingsStore(SettingsStore.defaultFolder(aws.env(), System.getProperty("os.name"), aws.home())
                .resolve("settings.json"), java.time.Clock.systemUTC());
        return new ConnectionCatalog(aws, store, this::demoEnvironment);
    }

    /** The Connection… dialog: pick, sign in if asked, and switch every screen to the new connection. */
    private void openConnections(Stage stage, MainWindow window, FlowBrowserViewModel flows, NetworkViewModel network) {
        Messages text = context.text();
        ConnectionCatalog catalog = catalog();
        ConnectionViewModel model = new ConnectionViewModel(catalog, tasks, text);
        if (current != null) {
            AppServices now = current;
            model.whoAmI(now::identity);
        }
        ConnectionDialog dialog = new ConnectionDialog(model, text);
        dialog.initOwner(stage);
        if (current != null && !current.connection().demo()) {
            dialog.setOnSaveCurrent(() -> saveCurrentAs(catalog, model, dialog));
        }
        String preselect = context.options().select();
        if (preselect != null) {
            model.entries().subscribe(() -> dialog.select(preselect));
        }
        dialog.showAndWait().ifPresent(decision -> decide(decision, catalog, stage, window, flows, network));
    }

    private void decide(ConnectionDialog.Decision decision, ConnectionCatalog catalog, Stage stage, MainWindow window,
                        FlowBrowserViewModel flows, NetworkViewModel network) {
        Messages text = context.text();
        AwsEnvironment aws = AwsEnvironment.current();
        {
            ConnectionCatalog.Entry entry = decision.entry();
            window.showNotice(text.format("connection.switching", entry.name()));
            if (!decision.signIn()) {
                tasks.run("connect", () -> context.composition().assemble(catalog.setupFor(entry, null, null)),
                        next -> use(next, window, flows, network), failure -> window.showNotice(String.valueOf(failure.getMessage())));
                return;
            }
            tasks.run("prepare sign-in", () -> catalog.setupFor(entry, null, null), setup -> {
                var profile = setup.profile() != null ? setup.profile() : demoEnvironment().identityCenterProfile("123456789012", "NocReadOnly");
                AwsSession signInSession = new AwsSession(setup.connection(), AnonymousCredentialsProvider.create(), context.callLog());
                SsoTokenCache cache = entry.kind() == ConnectionCatalog.Kind.DEMO_IDENTITY_CENTER ? demoEnvironment().tokenCache()
                        : SsoTokenCache.inHome(aws.home());
                DeviceSignIn signIn = new DeviceSignIn(() -> signInSession.ssoOidc(profile.ssoRegion()),
                        () -> signInSession.ssoPortal(profile.ssoRegion()), cache, java.time.Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
                SignInDialog signInDialog = new SignInDialog(new SignInViewModel(signIn, profile, tasks, text), text,
                        url -> getHostServices().showDocument(url));
                signInDialog.initOwner(stage);
                var choice = signInDialog.showAndWait();
                signInSession.close();
                choice.ifPresent(c -> tasks.run("connect", () -> context.composition().assemble(catalog.setupFor(entry, c.accountId(), c.roleName())),
                        next -> use(next, window, flows, network), failure -> window.showNotice(String.valueOf(failure.getMessage()))));
            }, failure -> window.showNotice(String.valueOf(failure.getMessage())));
        }
    }

    /** Saves the connection in use (profile, region, overrides, pins, DNS server) under a name the user types. */
    private void saveCurrentAs(ConnectionCatalog catalog, ConnectionViewModel model, ConnectionDialog owner) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(current.connection().name());
        ask.initOwner(owner.getDialogPane().getScene().getWindow());
        ask.setHeaderText(context.text().get("connection.saveCurrent"));
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
            var c = current.connection();
            java.util.Map<String, String> endpoints = new java.util.HashMap<>();
            c.endpoints().forEach((service, url) -> endpoints.put(service, url.toString()));
            java.util.Map<String, java.util.List<String>> pins = new java.util.HashMap<>();
            c.pins().forEach((host, ips) -> pins.put(host, ips.stream().map(java.net.InetAddress::getHostAddress).toList()));
            var profile = current.setup().profile();
            var saved = new dev.flowdeck.settings.SavedConnection(name, profile == null ? null : profile.name(), c.region(), endpoints,
                    pins, c.dnsServer() == null ? null : c.dnsServer().getAddress().getHostAddress() + ":" + c.dnsServer().getPort(),
                    null, false, profile == null ? null : profile.ssoAccountId(), profile == null ? null : profile.ssoRoleName());
            try {
                catalog.save(saved);
                model.reload();
            } catch (java.io.IOException e) {
                model.reportProblem(context.text().format("connection.saveFailed", e.getMessage()));
            }
        });
    }

    /** The demo backend, started when first needed and kept until the app stops (switching back is instant). */
    private synchronized DemoEnvironment demoEnvironment() {
        if (current != null && current.demo() != null) {
            return current.demo();
        }
        if (extraDemo == null) {
            extraDemo = new ConnectionFactory().demo(DemoScenario.AFTER).demo();
        }
        return extraDemo;
    }

    /** --smoke: once the first flows are laid out and painted, print the milestones and leave. */
    private void armSmoke(Scene scene, FlowBrowserViewModel flows) {
        flows.completedLoadsProperty().subscribe(loads -> {
            if (loads.intValue() == 1) {
                context.milestones().firstAnswer();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    // The next pulse renders what this layout produced; measure after it.
                    Platform.runLater(() -> {
                        context.milestones().firstFlowsPainted();
                        System.out.println(context.milestones().smokeJson("desktop", flows.flows().size()));
                        System.out.flush();
                        exit(0);
                    });
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            }
        });
        flows.messageIsErrorProperty().subscribe(isError -> {
            if (isError && flows.completedLoadsProperty().get() == 0) {
                smokeFail(flows.messageProperty().get());
            }
        });
        PauseTransition limit = new PauseTransition(SMOKE_LIMIT);
        limit.setOnFinished(e -> smokeFail("no flows painted within " + (int) SMOKE_LIMIT.toSeconds() + " s"));
        limit.play();
    }

    /** The NOC wall instead of the desktop window: read-only, full screen, its own connections. */
    private void startWall(Stage stage) {
        ConnectionCatalog catalog = catalog();
        var settings = catalog.settings();
        wall = new dev.flowdeck.ui.wall.WallWindow(context.text(), context.milestones(), context.options().smoke(), this::exit);
        wall.setNotice(catalog.settingsProblem());
        AwsEnvironment aws = AwsEnvironment.current();
        wall.keepLatchesIn(SettingsStore.defaultFolder(aws.env(), System.getProperty("os.name"), aws.home()));
        wall.start(stage, context.options().screen(), context.wallSources(), settings.health(), settings.wall());
    }

    private void smokeFail(String why) {
        if (context.options().smoke()) {
            System.err.println("smoke failed: " + why);
            exit(1);
        }
    }

    private void exit(int code) {
        try {
            stop();
        } finally {
            Runtime.getRuntime().halt(code);
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (wall != null) {
            wall.close();
            context.wallSources().thenAccept(list -> list.forEach(dev.flowdeck.app.WallSource::close));
        }
        if (extraDemo != null) {
            extraDemo.close();
        }
        context.services().thenAccept(first -> {
            if (current != null && current != first) {
                current.closeSession();
            }
            first.close();
        });
    }
}

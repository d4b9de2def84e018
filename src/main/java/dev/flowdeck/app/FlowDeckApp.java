package dev.flowdeck.app;

import dev.flowdeck.service.FlowWaiter;
import dev.flowdeck.ui.calllog.CallLogViewModel;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.flows.FlowBrowserViewModel;
import dev.flowdeck.ui.main.MainWindow;
import dev.flowdeck.ui.network.NetworkViewModel;
import java.util.concurrent.CompletionException;
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

    public static void handOver(LaunchContext launchContext) {
        context = launchContext;
    }

    @Override
    public void start(Stage stage) {
        Messages text = context.text();
        tasks = new FxTaskRunner(4);
        FlowBrowserViewModel flows = new FlowBrowserViewModel(tasks, text);
        CallLogViewModel calls = new CallLogViewModel(context.callLog(), tasks);
        NetworkViewModel network = new NetworkViewModel(tasks, text);
        MainWindow window = new MainWindow(flows, calls, network, text);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        scene.getStylesheets().add(FlowDeckApp.class.getResource("/dev/flowdeck/ui/app.css").toExternalForm());
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        stage.setOnShown(e -> context.milestones().windowShown());
        if (context.options().smoke()) {
            armSmoke(scene, flows);
        }
        if ("network".equals(context.options().panel())) {
            window.showNetworkTab();
        }
        String select = context.options().select();
        if (select != null) {
            flows.completedLoadsProperty().subscribe(loads -> {
                if (loads.intValue() == 1 && !window.selectFlowNamed(select)) {
                    window.showNotice(text.format("flows.selectMissing", select));
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
        }));
    }

    /** Points every screen at one connection's services; "use this endpoint" comes back here with new ones. */
    private void use(AppServices services, MainWindow window, FlowBrowserViewModel flows, NetworkViewModel network) {
        AppServices previous = current;
        current = services;
        var c = services.connection();
        window.showConnection(c.name(), c.endpointText(), c.timeouts().describe(), services.notice());
        flows.connect(services.flows(), FlowWaiter::cliLike);
        network.connect(services.network(), "com.amazonaws." + c.region() + ".mediaconnect", dnsName ->
                tasks.run("switch endpoint", () -> context.composition().withMediaConnectEndpoint(current, dnsName),
                        next -> use(next, window, flows, network),
                        failure -> window.showNotice(String.valueOf(failure.getMessage()))));
        if (previous != null) {
            previous.closeSession();
        }
    }

    /** --smoke: once the first flows are laid out and painted, print the milestones and leave. */
    private void armSmoke(Scene scene, FlowBrowserViewModel flows) {
        flows.completedLoadsProperty().subscribe(loads -> {
            if (loads.intValue() == 1) {
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
        context.services().thenAccept(first -> {
            if (current != null && current != first) {
                current.closeSession();
            }
            first.close();
        });
    }
}

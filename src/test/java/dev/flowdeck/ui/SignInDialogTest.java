package dev.flowdeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.app.AwsEnvironment;
import dev.flowdeck.app.ConnectionCatalog;
import dev.flowdeck.app.DemoEnvironment;
import dev.flowdeck.app.DemoScenario;
import dev.flowdeck.aws.AwsSession;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.mock.IdentityCenterApi;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.service.DeviceSignIn;
import dev.flowdeck.settings.SettingsStore;
import dev.flowdeck.support.NodePng;
import dev.flowdeck.support.TestConnections;
import dev.flowdeck.ui.common.FxTaskRunner;
import dev.flowdeck.ui.connection.ConnectionDialog;
import dev.flowdeck.ui.connection.ConnectionViewModel;
import dev.flowdeck.ui.connection.SignInDialog;
import dev.flowdeck.ui.connection.SignInViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

/** The sign-in and connection dialogs as real scenes (headless), against the demo's Identity Center. */
@ExtendWith(ApplicationExtension.class)
class SignInDialogTest {
    private DemoEnvironment demo;
    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        demo = DemoEnvironment.start(DemoScenario.AFTER, Duration.ofSeconds(4));
        demo.backend().withIdentityCenter(new IdentityCenterApi(Clock.systemUTC(), Duration.ofMillis(1500), Duration.ofHours(8)));
        tasks = new FxTaskRunner(3);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        demo.close();
    }

    @Test
    void deviceFlowShowsTheCodeThenAccountAndRole(FxRobot robot) throws Exception {
        ProfileInfo profile = demo.identityCenterProfile("123456789012", "NocReadOnly");
        try (AwsSession session = new AwsSession(demo.connection(), AnonymousCredentialsProvider.create(), new CallLog())) {
            DeviceSignIn signIn = new DeviceSignIn(() -> session.ssoOidc(profile.ssoRegion()), () -> session.ssoPortal(profile.ssoRegion()),
                    demo.tokenCache(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
            SignInViewModel model = new SignInViewModel(signIn, profile, tasks, TestConnections.messages());
            CompletableFuture<Optional<SignInViewModel.Choice>> result = new CompletableFuture<>();
            StringBuilder opened = new StringBuilder();
            Platform.runLater(() -> {
                SignInDialog dialog = new SignInDialog(model, TestConnections.messages(), opened::append);
                dialog.initOwner(stage);
                result.complete(dialog.showAndWait());
            });

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInCode").tryQuery()
                    .map(n -> ((Label) n).getText().matches("[A-Z0-9]{4}-[A-Z0-9]{4}")).orElse(false));
            robot.clickOn("#signInOpen");
            assertTrue(opened.toString().contains("user_code="), opened.toString());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#signInUse").query().isDisabled());
            assertEquals("NocReadOnly", robot.lookup("#signInRole").queryComboBox().getValue());
            NodePng.shot(robot.lookup("#signInDialog").query(), "sign-in-dialog.png");
            robot.clickOn("#signInUse");

            SignInViewModel.Choice choice = result.get(5, TimeUnit.SECONDS).orElseThrow();
            assertEquals(new SignInViewModel.Choice("123456789012", "NocReadOnly"), choice);
            assertTrue(demo.tokenCache().read(DemoEnvironment.DEMO_SSO_SESSION).isPresent(), "token cached like the CLI does");
        }
    }

    @Test
    void connectionDialogShowsEffectiveValuesAndTheirSources(FxRobot robot, @TempDir Path home) throws Exception {
        AwsEnvironment aws = new AwsEnvironment(Map.of("AWS_CONFIG_FILE", "src/test/resources/fixtures/aws/config",
                "AWS_SHARED_CREDENTIALS_FILE", "src/test/resources/fixtures/aws/credentials"), home);
        ConnectionCatalog catalog = new ConnectionCatalog(aws, new SettingsStore(home.resolve("settings.json"), Clock.systemUTC()), () -> demo);
        ConnectionViewModel model = new ConnectionViewModel(catalog, tasks, TestConnections.messages());
        CompletableFuture<Optional<ConnectionDialog.Decision>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            ConnectionDialog dialog = new ConnectionDialog(model, TestConnections.messages());
            dialog.initOwner(stage);
            model.entries().subscribe(() -> dialog.select("Profile noc"));
            result.complete(dialog.showAndWait());
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#effectiveValues").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        TableView<?> values = robot.lookup("#effectiveValues").queryAs(TableView.class);
        assertTrue(values.getItems().toString().contains("[services noc-services]"), values.getItems().toString());
        assertFalse(robot.lookup("#connectionSignIn").query().isDisabled(), "an SSO profile can sign in");
        NodePng.shot(robot.lookup("#connectionDialog").query(), "connection-dialog.png");
        Platform.runLater(() -> robot.lookup("#connectionConnect").query().getScene().getWindow().hide());
        result.get(5, TimeUnit.SECONDS);
    }
}

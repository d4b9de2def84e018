package dev.flowdeck.ui.connection;

import dev.flowdeck.aws.SsoToken;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.service.DeviceSignIn;
import dev.flowdeck.ui.common.Messages;
import dev.flowdeck.ui.common.TaskRunner;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * IAM Identity Center sign-in, step by step: show the code and the URL, wait for approval, then
 * pick an account and a role. The token lands in the CLI's cache, so the CLI is signed in too.
 */
public final class SignInViewModel {
    /** The account and role the user chose. */
    public record Choice(String accountId, String roleName) {
    }

    private final DeviceSignIn signIn;
    private final ProfileInfo profile;
    private final TaskRunner tasks;
    private final Messages text;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper verificationUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<DeviceSignIn.Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SsoToken> token = new ReadOnlyObjectWrapper<>();

    public SignInViewModel(DeviceSignIn signIn, ProfileInfo profile, TaskRunner tasks, Messages text) {
        this.signIn = signIn;
        this.profile = profile;
        this.tasks = tasks;
        this.text = text;
    }

    public void start() {
        status.set(text.get("signin.starting"));
        tasks.run("sign-in start", () -> signIn.start(profile.ssoStartUrl(), profile.ssoRegion(), List.of("sso:account:access")), auth -> {
            userCode.set(auth.userCode());
            verificationUrl.set(auth.verificationUriComplete());
            status.set(text.get("signin.waiting"));
            tasks.run("sign-in wait", () -> signIn.await(auth, profile.tokenCacheKey(), cancelled::get), signedIn -> {
                token.set(signedIn);
                status.set(text.get("signin.signedIn"));
                tasks.run("accounts", () -> signIn.accounts(signedIn), accounts::setAll, this::failed);
            }, this::failed);
        }, this::failed);
    }

    public void chooseAccount(DeviceSignIn.Account account) {
        if (account == null || token.get() == null) {
            return;
        }
        tasks.run("roles", () -> signIn.roles(token.get(), account.id()), roles::setAll, this::failed);
    }

    public void cancel() {
        cancelled.set(true);
    }

    private void failed(Throwable e) {
        status.set(text.format("signin.failed", cancelled.get() ? text.get("signin.cancelled") : String.valueOf(e.getMessage())));
    }

    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationUrlProperty() {
        return verificationUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SsoToken> tokenProperty() {
        return token.getReadOnlyProperty();
    }

    public ObservableList<DeviceSignIn.Account> accounts() {
        return accounts;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ProfileInfo profile() {
        return profile;
    }
}

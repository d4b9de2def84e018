package dev.flowdeck.aws;

/** The cause FlowDeck puts under an SDK failure when the IAM Identity Center sign-in has lapsed. */
public final class SignInExpired extends RuntimeException {
    private final String cliHint;

    public SignInExpired(String cliHint) {
        super("Sign-in expired — sign in again (or run " + cliHint + ")", null, false, false);
        this.cliHint = cliHint;
    }

    public String cliHint() {
        return cliHint;
    }
}

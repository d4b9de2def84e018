package dev.flowdeck.aws;

/** The cause FlowDeck puts under an SDK failure when the IAM Identity Center sign-in has lapsed. */
public final class SignInExpired extends RuntimeException {
    private final String cliHint;

    private final boolean neverSignedIn;

    /** @param cliHint the CLI command that signs in too, or null when there is none (the demo) */
    public SignInExpired(String cliHint, boolean neverSignedIn) {
        super((neverSignedIn ? "Not signed in — sign in" : "Sign-in expired — sign in again")
                + (cliHint == null ? "" : " (or run " + cliHint + ")"), null, false, false);
        this.cliHint = cliHint;
        this.neverSignedIn = neverSignedIn;
    }

    /** True when no token was ever cached (as opposed to one that lapsed). */
    public boolean neverSignedIn() {
        return neverSignedIn;
    }

    public String cliHint() {
        return cliHint;
    }
}

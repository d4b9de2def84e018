package dev.flowdeck.domain;

/**
 * One profile of the shared AWS config, as FlowDeck can use it. {@code problem} is one actionable
 * sentence when the profile cannot be used as it is; other profiles are never affected by it.
 */
public record ProfileInfo(String name, Kind kind, String region, String problem, String ssoSession, String ssoStartUrl,
                          String ssoRegion, String ssoAccountId, String ssoRoleName, String roleArn, String sourceProfile) {

    public enum Kind {
        STATIC_KEYS("access keys"), ROLE("assume role"), CREDENTIAL_PROCESS("credential_process"),
        SSO_SESSION("IAM Identity Center (sso-session)"), SSO_LEGACY("IAM Identity Center (legacy)"), NO_CREDENTIALS("no credentials");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean usable() {
        return problem == null;
    }

    public boolean sso() {
        return kind == Kind.SSO_SESSION || kind == Kind.SSO_LEGACY;
    }

    /** The key of the CLI's token cache file: the session name, or the start URL for legacy profiles. */
    public String tokenCacheKey() {
        return kind == Kind.SSO_SESSION ? ssoSession : ssoStartUrl;
    }

    /** What to tell a user whose sign-in lapsed, in the CLI's own words. */
    public String signInHint() {
        return kind == Kind.SSO_SESSION ? "aws sso login --sso-session " + ssoSession : "aws sso login --profile " + name;
    }
}

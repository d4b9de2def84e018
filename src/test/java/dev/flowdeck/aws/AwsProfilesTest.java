package dev.flowdeck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.domain.EffectiveValue;
import dev.flowdeck.domain.ProfileInfo;
import dev.flowdeck.domain.ProfileInfo.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared config files as engineers write them: every kind of profile, sources of every value. */
class AwsProfilesTest {
    private static final Path CONFIG = Path.of("src/test/resources/fixtures/aws/config");
    private static final Path CREDENTIALS = Path.of("src/test/resources/fixtures/aws/credentials");

    @Test
    void everyKindOfProfileIsListedWithItsOwnProblemOnly() {
        AwsProfiles profiles = new AwsProfiles(CONFIG, CREDENTIALS, Map.of());

        Map<String, ProfileInfo> byName = new java.util.HashMap<>();
        profiles.list().forEach(p -> byName.put(p.name(), p));
        assertEquals(Kind.SSO_SESSION, byName.get("noc").kind());
        assertNull(byName.get("noc").problem());
        assertEquals("noc-sso", byName.get("noc").tokenCacheKey());
        assertEquals("aws sso login --sso-session noc-sso", byName.get("noc").signInHint());
        assertEquals(Kind.SSO_LEGACY, byName.get("legacy-sso").kind());
        assertEquals("https://d-1234567890.awsapps.com/start", byName.get("legacy-sso").tokenCacheKey());
        assertEquals(Kind.ROLE, byName.get("wall-readonly").kind());
        assertEquals("ops-keys", byName.get("wall-readonly").sourceProfile());
        assertEquals(Kind.CREDENTIAL_PROCESS, byName.get("wall-process").kind());
        assertEquals(Kind.STATIC_KEYS, byName.get("ops-keys").kind());
        assertTrue(byName.get("broken-chain").problem().contains("source_profile nobody does not exist"));
        assertTrue(byName.get("lost-session").problem().contains("[sso-session does-not-exist]"), byName.get("lost-session").problem());
        assertEquals(Kind.NO_CREDENTIALS, byName.get("default").kind());
        assertTrue(profiles.fileProblem().isEmpty());
    }

    @Test
    void effectiveValuesSayWhereTheyComeFrom() {
        AwsProfiles profiles = new AwsProfiles(CONFIG, CREDENTIALS, Map.of());

        List<EffectiveValue> values = profiles.effective("noc");

        assertEquals(new EffectiveValue("region", "us-east-1", CONFIG + " [profile noc]"), find(values, "region"));
        EffectiveValue mc = find(values, "mediaconnect endpoint");
        assertTrue(mc.value().startsWith("https://vpce-0123456789abcdef0"), mc.value());
        assertEquals(CONFIG + " [services noc-services]", mc.source());
        assertEquals("regional default", find(values, "sts endpoint").value());
        assertEquals(CONFIG + " [sso-session noc-sso]", find(values, "sso_start_url").source());
    }

    @Test
    void environmentVariablesWinOverTheFiles() {
        AwsProfiles profiles = new AwsProfiles(CONFIG, CREDENTIALS, Map.of("AWS_REGION", "ap-northeast-1",
                "AWS_ENDPOINT_URL_MEDIACONNECT", "https://vpce-env.mediaconnect.ap-northeast-1.vpce.amazonaws.com"));

        List<EffectiveValue> values = profiles.effective("noc");

        assertEquals("environment AWS_REGION", find(values, "region").source());
        assertEquals("environment AWS_ENDPOINT_URL_MEDIACONNECT", find(values, "mediaconnect endpoint").source());
        assertEquals(CONFIG + " [services noc-services]", find(values, "ec2 endpoint").source());
    }

    @Test
    void anUnreadableFileIsOneMessageNotACrash(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("config");
        java.nio.file.Files.writeString(bad, "[profile ok]\nregion = x\n[broken\n");
        AwsProfiles profiles = new AwsProfiles(bad, dir.resolve("none"), Map.of());

        assertTrue(profiles.fileProblem().isPresent());
        assertEquals(List.of(), profiles.list());
    }

    private static EffectiveValue find(List<EffectiveValue> values, String setting) {
        return values.stream().filter(v -> v.setting().equals(setting)).findFirst().orElseThrow(() -> new AssertionError(setting + " in " + values));
    }
}

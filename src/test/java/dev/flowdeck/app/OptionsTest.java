package dev.flowdeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    @Test
    void parsesTheDesktopCommandLine() {
        Options o = Options.parse(new String[] {"--smoke", "--region", "ap-northeast-1", "--pin", "h.example=10.0.0.1,10.0.0.2"});

        assertTrue(o.smoke() && !o.demo());
        assertEquals("ap-northeast-1", o.region());
        assertEquals(Map.of("h.example", List.of("10.0.0.1", "10.0.0.2")), o.pins());
    }

    @Test
    void unknownOrIncompleteOptionsAreUsageErrors() {
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wat"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--region"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--pin", "no-equals"}));
    }

    @Test
    void theWallTakesRepeatedConnectionsAndAScreen() {
        Options o = Options.parse(new String[] {"--wall", "--connection", "Tokyo NOC", "--connection", "Profile dr", "--screen", "2"});

        assertTrue(o.wall());
        assertEquals(List.of("Tokyo NOC", "Profile dr"), o.connections());
        assertEquals(2, o.screen());
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wall", "--screen", "0"}),
                "screens are counted from 1");
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wall", "--screen", "left"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--connection", "x"}),
                "--connection without --wall would be silently ignored: refuse it");
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wall", "--select", "x"}),
                "the wall has nothing to select");
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wall", "--connection", "noc",
                "--dns-server", "127.0.0.1:53"}), "a global DNS server would apply to no named connection");
    }

    @Test
    void noAwsSetupMeansDemo(@TempDir Path home) throws Exception {
        AwsEnvironment empty = new AwsEnvironment(Map.of(), home);
        assertFalse(empty.configured());

        assertTrue(new AwsEnvironment(Map.of("AWS_PROFILE", "noc"), home).configured());
        assertTrue(new AwsEnvironment(Map.of("AWS_ACCESS_KEY_ID", "AKIATESTFLOWDECK0001"), home).configured());
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = ap-northeast-1\n");
        assertTrue(new AwsEnvironment(Map.of(), home).configured());
    }

    @Test
    void theDemoRefusesRealConnectionOptionsRatherThanIgnoringThem() {
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--demo", "--region", "us-west-2"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--wall", "--demo", "--endpoint", "https://127.0.0.9"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--demo=before", "--pin", "a=127.0.0.1"}));
    }
}

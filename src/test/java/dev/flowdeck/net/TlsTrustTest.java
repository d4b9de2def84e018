package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdeck.mock.DemoCertificate;
import dev.flowdeck.mock.MockBackend;
import dev.flowdeck.support.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CA bundle is added to the JDK's authorities, never replacing them; checks stay on. */
class TlsTrustTest {
    private static final String HOST = "vpce-0123456789abcdef0-abcdefgh.mediaconnect.us-east-1.vpce.amazonaws.com";

    @Test
    void aBundleAddsToTheJdkAuthoritiesAndIsUsedForTheHandshake(@TempDir Path dir) throws Exception {
        DemoCertificate cert = DemoCertificate.forNames(List.of(HOST));
        Path pem = dir.resolve("corp-ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        TlsTrust trust = TlsTrust.withBundle(pem);

        X509TrustManager tm = (X509TrustManager) trust.trustManagers()[0];
        int jdk = ((X509TrustManager) TlsTrust.only(cert.certificate()).trustManagers()[0]).getAcceptedIssuers().length;
        assertEquals(1, jdk);
        assertTrue(tm.getAcceptedIssuers().length > 10, "the JDK's authorities are still there");
        try (MockBackend backend = MockBackend.withDemoFlows("us-east-1", new MutableClock(), Duration.ofSeconds(5))
                .start(List.of("127.0.0.201"), 0, cert.serverContext())) {
            ProbeResult withBundle = new ReachabilityProbe(trust, Duration.ofSeconds(1), Duration.ofSeconds(2))
                    .probe(HOST, backend.port(), "127.0.0.201", true);
            assertEquals(ProbeResult.Outcome.OK, withBundle.outcome(), withBundle.summary());
            ProbeResult withoutBundle = new ReachabilityProbe(TlsTrust.jdkDefaults(), Duration.ofSeconds(1), Duration.ofSeconds(2))
                    .probe(HOST, backend.port(), "127.0.0.201", true);
            assertEquals(ProbeResult.Outcome.UNTRUSTED, withoutBundle.outcome(), withoutBundle.summary());
        }
    }

    @Test
    void aFileWithoutCertificatesIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "not a certificate\n");

        IOException e = assertThrows(IOException.class, () -> TlsTrust.withBundle(empty));
        assertTrue(e.getMessage().contains("empty.pem"), e.getMessage());
    }
}

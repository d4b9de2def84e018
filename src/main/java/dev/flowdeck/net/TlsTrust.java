package dev.flowdeck.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which certificate authorities a connection trusts: the JDK's, plus a custom CA bundle added to
 * (not replacing) them — or, for the loopback demo only, nothing but the demo's own certificate.
 * Certificate and host-name checks always stay on.
 */
public record TlsTrust(List<X509Certificate> extraAnchors, boolean includeJdkDefaults) {

    public static TlsTrust jdkDefaults() {
        return new TlsTrust(List.of(), true);
    }

    /** Trusts exactly these certificates and nothing else (the loopback demo). */
    public static TlsTrust only(X509Certificate certificate) {
        return new TlsTrust(List.of(certificate), false);
    }

    /** The JDK's authorities plus every certificate in a PEM bundle (profile ca_bundle, AWS_CA_BUNDLE). */
    public static TlsTrust withBundle(Path pemBundle) throws IOException {
        try (InputStream in = Files.newInputStream(pemBundle)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IOException(pemBundle + " holds no certificates");
            }
            return new TlsTrust(List.copyOf(certs), true);
        } catch (GeneralSecurityException e) {
            throw new IOException(pemBundle + " is not a PEM certificate bundle: " + e.getMessage(), e);
        }
    }

    /** Trust managers for the SDK and the probes; null means "the JDK's defaults". */
    public TrustManager[] trustManagers() {
        if (includeJdkDefaults && extraAnchors.isEmpty()) {
            return null;
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            if (includeJdkDefaults) {
                for (X509Certificate ca : jdkAuthorities()) {
                    store.setCertificateEntry("jdk-" + n++, ca);
                }
            }
            for (X509Certificate extra : extraAnchors) {
                store.setCertificateEntry("extra-" + n++, extra);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build the trust store: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> jdkAuthorities() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> all = new ArrayList<>();
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                all.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return all;
    }
}

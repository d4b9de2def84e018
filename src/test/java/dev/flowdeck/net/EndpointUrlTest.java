package dev.flowdeck.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Case C1: endpoint overrides typed the way people type them. */
class EndpointUrlTest {
    private static final String VPCE = "vpce-0123456789abcdef0-abcdefgh.mediaconnect.us-east-1.vpce.amazonaws.com";

    @ParameterizedTest
    @ValueSource(strings = {"https://" + VPCE + "/", "https://" + VPCE + ":443", "https://" + VPCE + "/v1",
            "  " + VPCE + "  ", "HTTPS://VPCE-0123456789ABCDEF0-ABCDEFGH.MEDIACONNECT.US-EAST-1.VPCE.AMAZONAWS.COM/v1/", "https://" + VPCE + ":443/"})
    void everyTypedFormBecomesTheSameCanonicalEndpoint(String typed) {
        EndpointUrl url = EndpointUrl.parse(typed);

        assertEquals("https://" + VPCE, url.toString());
        assertEquals(443, url.effectivePort());
        assertTrue(url.isHttps());
    }

    @Test
    void aPastedApiPathIsStrippedWithANotice() {
        EndpointUrl url = EndpointUrl.parse("https://" + VPCE + "/v1");

        assertTrue(url.notices().stream().anyMatch(n -> n.contains("/v1")), url.notices().toString());
    }

    @Test
    void missingSchemeBecomesHttpsNeverHttp() {
        EndpointUrl url = EndpointUrl.parse(VPCE);

        assertEquals("https", url.uri().getScheme());
        assertTrue(url.notices().stream().anyMatch(n -> n.contains("https://")));
    }

    @Test
    void loopbackDemoAddressesMayUseHttp() {
        assertEquals("http://127.0.0.2:8080", EndpointUrl.parse("127.0.0.2:8080").toString());
        assertEquals("http://localhost:8080", EndpointUrl.parse("http://localhost:8080/").toString());
    }

    @Test
    void plainHttpToARealEndpointIsRefused() {
        InvalidEndpointException e = assertThrows(InvalidEndpointException.class, () -> EndpointUrl.parse("http://" + VPCE));

        assertTrue(e.getMessage().contains("https://"), e.getMessage());
    }

    @Test
    void aNonDefaultPortIsKept() {
        EndpointUrl url = EndpointUrl.parse("https://" + VPCE + ":8443/");

        assertEquals("https://" + VPCE + ":8443", url.toString());
        assertEquals(8443, url.effectivePort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "https://", "ftp://" + VPCE, "https://exa mple.com", "https://user:pw@" + VPCE})
    void malformedValuesGetAClearMessage(String typed) {
        InvalidEndpointException e = assertThrows(InvalidEndpointException.class, () -> EndpointUrl.parse(typed));

        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("Exception"), "a message for people, not a stack trace: " + e.getMessage());
    }

    @Test
    void anAddressTypedAsTheHostIsRecognised() {
        assertTrue(EndpointUrl.parse("https://10.213.21.5").hostIsAddress());
        assertFalse(EndpointUrl.parse("https://" + VPCE).hostIsAddress());
    }
}

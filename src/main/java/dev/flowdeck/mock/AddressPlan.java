package dev.flowdeck.mock;

import dev.flowdeck.domain.AddressRole;
import dev.flowdeck.domain.PathVerdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo network: which loopback address plays which part of the Tokyo scenario — the
 * endpoint's ENI in AZ a, the one in AZ c, and the public service address that never answers.
 * Labels shown in the UI come from here, always marked as demo.
 */
public record AddressPlan(String eniA, String eniC, String publicEndpoint, boolean squeezed) {

    public static final String REGION = "ap-northeast-1";
    public static final String MEDIACONNECT_VPCE = "vpce-0a1b2c3d4e5f67890-k1l2m3n4.mediaconnect.ap-northeast-1.vpce.amazonaws.com";
    public static final String EC2_VPCE = "vpce-0e1c2d3b4a5968778-ec2demo1.ec2.ap-northeast-1.vpce.amazonaws.com";
    public static final String PUBLIC_NAME = "mediaconnect.ap-northeast-1.amazonaws.com";
    public static final String SSO_REGION = "us-east-1";
    public static final String SSO_PORTAL = "portal.sso.us-east-1.amazonaws.com";
    public static final String SSO_OIDC = "oidc.us-east-1.amazonaws.com";
    public static final String STS = "sts.ap-northeast-1.amazonaws.com";
    public static final String CLOUDWATCH = "monitoring.ap-northeast-1.amazonaws.com";

    public static AddressPlan tokyo() {
        return new AddressPlan("127.0.0.2", "127.0.0.3", "127.0.0.4", false);
    }

    /** The same story on 127.0.0.1 alone, where other loopback addresses cannot be bound. */
    public static AddressPlan squeezedOntoOneAddress() {
        return new AddressPlan("127.0.0.1", "127.0.0.1", "127.0.0.1", true);
    }

    public List<String> eniAddresses() {
        return eniA.equals(eniC) ? List.of(eniA) : List.of(eniA, eniC);
    }

    public String zonalName(String azLetter) {
        return MEDIACONNECT_VPCE.replace("-k1l2m3n4.", "-k1l2m3n4-" + REGION + azLetter + ".");
    }

    /** Every name the demo certificate must carry. */
    public List<String> certificateNames() {
        return List.of(MEDIACONNECT_VPCE, zonalName("a"), zonalName("c"), PUBLIC_NAME, EC2_VPCE, "ec2." + REGION + ".amazonaws.com",
                SSO_PORTAL, SSO_OIDC, STS, CLOUDWATCH);
    }

    public Map<String, AddressRole> roles() {
        Map<String, AddressRole> roles = new LinkedHashMap<>();
        roles.put(publicEndpoint, new AddressRole(PathVerdict.Kind.PUBLIC, "public service address (demo: plays 13.33.210.24)"));
        roles.put(eniC, new AddressRole(PathVerdict.Kind.LOOPBACK_DEMO, "demo · interface endpoint ENI · " + REGION + "c"));
        roles.put(eniA, new AddressRole(PathVerdict.Kind.LOOPBACK_DEMO, "demo · interface endpoint ENI · " + REGION + "a"));
        return roles;
    }
}

package dev.flowdeck.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Where an address sits: this machine, a private network, or the public internet. */
public enum AddressClass {
    LOOPBACK("loopback"),
    PRIVATE("private"),
    PUBLIC("public");

    private final String label;

    AddressClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AddressClass of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || isCarrierGradeNat(address)
                || isUniqueLocalV6(address)) {
            return PRIVATE;
        }
        return PUBLIC;
    }

    private static boolean isCarrierGradeNat(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    private static boolean isUniqueLocalV6(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}

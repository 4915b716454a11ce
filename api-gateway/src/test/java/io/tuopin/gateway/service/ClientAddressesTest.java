package io.tuopin.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.10", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.5", new ClientAddresses(List.of()).clientOf("203.0.113.5", List.of("198.51.100.1")));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItClaims() {
        assertEquals("203.0.113.5", behindProxies.clientOf("203.0.113.5", List.of("10.1.1.1")));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightmostUntrustedEntry() {
        assertEquals("203.0.113.9", behindProxies.clientOf("192.168.1.10",
                List.of("198.51.100.1, 203.0.113.9", "10.2.3.4")));
        assertEquals("2001:db8::7", behindProxies.clientOf("fd00::1", List.of("2001:db8::7, fd00::2")));
    }

    @Test
    void aForgedEntryThatIsNoAddressIsTheClientNotSkipped() {
        assertEquals("not-an-address", behindProxies.clientOf("10.0.0.1", List.of("198.51.100.1, not-an-address")));
    }

    @Test
    void onlyTrustedHopsMeansTheFirstProxyIsTheClient() {
        assertEquals("10.0.0.1", behindProxies.clientOf("10.0.0.1", List.of()));
    }

    @Test
    void aMalformedProxySettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/40")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.example")));
    }
}

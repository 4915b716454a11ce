package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicAddressPolicyTest {
    private final PublicAddressPolicy strict = new PublicAddressPolicy(List.of());

    @Test
    void privateLoopbackLinkLocalUniqueLocalAndMulticastAddressesAreRefused() {
        for (String host : List.of("127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
                "[::1]", "[::]", "[fe80::1]", "[fd00::1]", "[fc00::1]", "[ff02::1]", "[::ffff:127.0.0.1]",
                "[64:ff9b::a9fe:a9fe]")) {
            assertThrows(IOException.class, () -> strict.check(URI.create("http://" + host + "/")), host);
        }
    }

    @Test
    void publicAddressesPass() {
        for (String host : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "[2001:4860:4860::8888]")) {
            assertDoesNotThrow(() -> strict.check(URI.create("https://" + host + "/a.html")), host);
        }
    }

    @Test
    void onlyHttpAndHttpsWithAHostAreFetched() {
        for (String uri : List.of("file:///etc/passwd", "ftp://8.8.8.8/", "javascript:alert(1)", "http:///path",
                "jar:http://8.8.8.8/a!/b")) {
            assertThrows(IOException.class, () -> strict.check(URI.create(uri)), uri);
        }
    }

    @Test
    void allowedNetworksAndHostNamesPassAlthoughPrivate() {
        PublicAddressPolicy allowing = new PublicAddressPolicy(List.of("10.20.0.0/16", "feeds.intranet", "192.168.5.7"));
        assertDoesNotThrow(() -> allowing.check(URI.create("http://10.20.3.4/page.html")));
        assertDoesNotThrow(() -> allowing.check(URI.create("http://192.168.5.7/page.html")));
        assertDoesNotThrow(() -> allowing.check(URI.create("http://FEEDS.intranet/page.html")));
        assertThrows(IOException.class, () -> allowing.check(URI.create("http://10.21.0.1/page.html")));
        assertThrows(IOException.class, () -> allowing.check(URI.create("http://192.168.5.8/page.html")));
    }

    @Test
    void aMalformedAllowEntryIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new PublicAddressPolicy(List.of("10.0.0.0/99")));
    }
}

package io.tuopin.ingest.service;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses a link found in a feed may be fetched from: http(s) only, and only hosts all of
 * whose addresses are public, unless an operator allows a host name or network although private
 * ({@code tuopin.feeds.allow-private}). Refuses loopback, unspecified, link-local (cloud metadata
 * at 169.254.169.254), private, shared (100.64/10), unique-local, multicast and reserved addresses,
 * also when embedded in IPv6 (IPv4-mapped, NAT64).
 */
public final class PublicAddressPolicy {
    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final List<IpSubnetFilterRule> NOT_PUBLIC = rules(List.of("0.0.0.0/8", "100.64.0.0/10",
            "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
            "fc00::/7", "2001:db8::/32"));
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private final Set<String> allowedHosts;
    private final List<IpSubnetFilterRule> allowedNetworks;

    /** @param allowed host names, addresses or networks ({@code 10.20.0.0/16}) that may be fetched although private */
    public PublicAddressPolicy(List<String> allowed) {
        List<String> networks = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String entry : allowed) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            (looksLikeAddress(value) ? networks : hosts).add(value);
        }
        this.allowedHosts = Set.copyOf(hosts);
        this.allowedNetworks = rules(networks);
    }

    /** @throws IOException the URI may not be fetched; the message says why */
    public void check(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IOException("only http and https links with a host are fetched: " + uri);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return;
        }
        for (InetAddress address : resolve(host)) {
            String kind = nonPublicKind(address);
            if (kind != null && !allowed(address)) {
                throw new IOException("refused to fetch " + uri + ": " + host + " is " + address.getHostAddress()
                        + ", " + kind + " address (allow it with tuopin.feeds.allow-private)");
            }
        }
    }

    private boolean allowed(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return allowedNetworks.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** Null for a public address, else what kind of address it is. */
    static String nonPublicKind(InetAddress address) {
        InetAddress embedded = embeddedIpv4(address);
        if (embedded != null) {
            return nonPublicKind(embedded);
        }
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress() || isBroadcast(address)) {
            return "a multicast";
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return NOT_PUBLIC.stream().anyMatch(rule -> rule.matches(socket)) ? "a reserved or unique-local" : null;
    }

    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] bytes = address.getAddress();
        boolean compatible = java.util.Arrays.equals(bytes, 0, 12, new byte[12], 0, 12) && !allZeroOrOne(bytes);
        boolean nat64 = java.util.Arrays.equals(bytes, 0, 12, NAT64_PREFIX, 0, 12);
        if (!compatible && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones. */
    private static boolean allZeroOrOne(byte[] bytes) {
        for (int i = 12; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }

    private static boolean isBroadcast(InetAddress address) {
        return address instanceof Inet4Address && address.getHostAddress().equals("255.255.255.255");
    }

    private static InetAddress[] resolve(String host) throws IOException {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + host, e);
        }
    }

    private static boolean looksLikeAddress(String value) {
        return value.contains("/") || value.contains(":") || value.matches("[0-9.]+");
    }

    private static List<IpSubnetFilterRule> rules(List<String> networks) {
        return networks.stream().map(PublicAddressPolicy::rule).toList();
    }

    private static IpSubnetFilterRule rule(String network) {
        String[] parts = network.split("/", 2);
        String address = parts[0].replace("[", "").replace("]", "");
        int maxPrefix = address.contains(":") ? 128 : 32;
        try {
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : maxPrefix;
            if (prefix < 0 || prefix > maxPrefix) {
                throw new IllegalArgumentException("prefix length out of range in '" + network + "'");
            }
            return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an address or network (CIDR): '" + network + "'", e);
        }
    }
}

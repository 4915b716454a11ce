package io.tuopin.gateway.service;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.tuopin.gateway.config.RateLimitSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a request comes from, for rate limits and stream caps. The connection's peer, unless the
 * peer is a trusted proxy ({@code tuopin.rate-limit.trusted-proxies}); then the rightmost
 * {@code X-Forwarded-For} entry that is not a trusted proxy, the address the proxies themselves
 * added. Entries further left were written by the client and are never believed.
 */
@ApplicationScoped
public class ClientAddresses {
    private final List<IpSubnetFilterRule> trusted;

    @Inject
    public ClientAddresses(RateLimitSettings settings) {
        this(settings.trustedProxies().orElse(List.of()));
    }

    ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(ClientAddresses::rule).toList();
    }

    /**
     * @param peer          the address of the connection's other end
     * @param forwardedFors every {@code X-Forwarded-For} header value, in the order received
     */
    public String clientOf(String peer, List<String> forwardedFors) {
        if (peer == null) {
            return "unknown";
        }
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        forwardedFors.forEach(header -> {
            for (String entry : header.split(",")) {
                chain.add(entry.strip());
            }
        });
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return false; // not an address: whatever wrote it is not one of our proxies
        }
        try {
            InetSocketAddress socket = new InetSocketAddress(InetAddress.getByAddress(bytes), 0);
            return trusted.stream().anyMatch(rule -> rule.matches(socket));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static IpSubnetFilterRule rule(String network) {
        String[] parts = network.split("/", 2);
        int maxPrefix = parts[0].contains(":") ? 128 : 32;
        if (NetUtil.createByteArrayFromIpAddressString(parts[0]) == null) {
            throw new IllegalArgumentException("tuopin.rate-limit.trusted-proxies: not an address or network: " + network);
        }
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : maxPrefix;
        if (prefix < 0 || prefix > maxPrefix) {
            throw new IllegalArgumentException("tuopin.rate-limit.trusted-proxies: prefix out of range in " + network);
        }
        return new IpSubnetFilterRule(parts[0], prefix, IpFilterRuleType.ACCEPT);
    }
}

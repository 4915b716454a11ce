package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The region codes the gazetteer knows, as the region table holds it (seeded from the gazetteer at
 * start): current codes and former ones (aliases). Read once, on first use, after the seed. A
 * 12-digit village code is known when its first nine digits are a known township.
 */
@ApplicationScoped
public class KnownRegionCodes {
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");
    private static final int VILLAGE_CODE_LENGTH = 12;
    private static final int TOWNSHIP_CODE_LENGTH = 9;

    private final Supplier<List<Object[]>> rows;
    private volatile Known known;

    private record Known(Set<String> codes, Set<String> townships) {
    }

    @Inject
    public KnownRegionCodes(RegionRepository regions) {
        this(regions::codedRegions);
    }

    /** @param rows code, level and aliases of each region, as {@link RegionRepository#codedRegions()} gives them */
    public KnownRegionCodes(Supplier<List<Object[]>> rows) {
        this.rows = rows;
    }

    public boolean isKnown(String code) {
        Known current = load();
        if (code.length() == VILLAGE_CODE_LENGTH) {
            return current.townships().contains(code.substring(0, TOWNSHIP_CODE_LENGTH));
        }
        return current.codes().contains(code);
    }

    private Known load() {
        Known current = known;
        if (current == null) {
            current = read(rows.get());
            known = current;
        }
        return current;
    }

    private static Known read(List<Object[]> rows) {
        Set<String> codes = new HashSet<>();
        Set<String> townships = new HashSet<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            if (code != null) {
                codes.add(code);
                if ("township".equals(row[1])) {
                    townships.add(code);
                }
            }
            if (row[2] != null) {
                for (String alias : ((String) row[2]).split(Pattern.quote(Region.ALIAS_SEPARATOR))) {
                    if (CODE.matcher(alias).matches()) {
                        codes.add(alias); // a former code
                    }
                }
            }
        }
        return new Known(Set.copyOf(codes), Set.copyOf(townships));
    }
}

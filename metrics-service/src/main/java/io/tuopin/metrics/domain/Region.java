package io.tuopin.metrics.domain;

import io.tuopin.events.RegionInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A region of the hierarchy: a division of the gazetteer (seeded), or a village that an article
 * referenced (added at its first mention, with its 12-digit code when the village list has it).
 */
@Entity
@Table(name = "region")
public class Region {
    public static final String ALIAS_SEPARATOR = "|";

    /** The 6-, 9- or 12-digit code; a village the village list lacks (no code) is {@code parentCode/name}. */
    @Id
    @Column(name = "region_key")
    public String key;

    public String code;

    public String name;

    @Column(name = "region_level")
    public String level;

    @Column(name = "parent_key")
    public String parentKey;

    /** {@code |a|b|}: delimited at both ends so that a search can match one alias exactly. */
    public String aliases;

    public List<String> aliasList() {
        if (aliases == null || aliases.isBlank()) {
            return List.of();
        }
        return Arrays.stream(aliases.split("\\" + ALIAS_SEPARATOR)).filter(a -> !a.isBlank()).toList();
    }

    /**
     * Takes code, name, level, parent (when given) and further aliases from a region description,
     * as the events and the gazetteer give it; returns whether anything changed.
     */
    public boolean describe(RegionInfo info) {
        boolean changed = !Objects.equals(code, info.code()) || !Objects.equals(name, info.name())
                || !Objects.equals(level, info.level())
                || info.parentCode() != null && !info.parentCode().equals(parentKey);
        code = info.code();
        name = info.name();
        level = info.level();
        if (info.parentCode() != null) {
            parentKey = info.parentCode();
        }
        return mergeAliases(info.aliases()) || changed;
    }

    /** Adds aliases to the known ones (never drops one); returns whether anything changed. */
    public boolean mergeAliases(List<String> more) {
        if (more == null || more.isEmpty()) {
            return false;
        }
        Set<String> all = new LinkedHashSet<>(aliasList());
        boolean changed = false;
        for (String alias : more) {
            if (alias != null && !alias.isBlank() && !alias.contains(ALIAS_SEPARATOR)) {
                changed |= all.add(alias.strip());
            }
        }
        if (changed) {
            aliases = aliasColumn(all);
        }
        return changed;
    }

    /** The stored form of a list of aliases: {@code |a|b|}, or null when there is none. */
    public static String aliasColumn(Collection<String> aliases) {
        return aliases.isEmpty() ? null : ALIAS_SEPARATOR + String.join(ALIAS_SEPARATOR, aliases) + ALIAS_SEPARATOR;
    }
}

package io.tuopin.metrics.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A region of the hierarchy, as far as the articles have referenced it. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    private static final String ALIAS_SEPARATOR = "|";

    /** The 6- or 9-digit code; a village (no code) is {@code parentCode/name}. */
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
            aliases = ALIAS_SEPARATOR + String.join(ALIAS_SEPARATOR, all) + ALIAS_SEPARATOR;
        }
        return changed;
    }
}

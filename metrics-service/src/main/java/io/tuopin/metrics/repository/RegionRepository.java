package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {
    private static final int MAX_DEPTH = 6;
    private static final String ALIAS_SEPARATOR = Region.ALIAS_SEPARATOR;
    private static final String MENTIONED = " and (exists (select 1 from RegionMention m where m.regionKey = r.key)"
            + " or exists (select 1 from Observation o where o.regionKey = r.key)"
            + " or exists (select 1 from Article a where a.regionKey = r.key))";

    /**
     * Regions matching every given filter (null = no filter), ordered by key; with {@code q}, the
     * regions whose name, code or an alias is exactly {@code q} come first.
     */
    public PanacheQuery<Region> search(String q, String level, String parent, boolean all) {
        StringBuilder where = new StringBuilder("from Region r where 1 = 1");
        String order = " order by r.key";
        Map<String, Object> params = new HashMap<>();
        if (q != null) {
            where.append(" and (r.name like :contains or r.code like :prefix or r.aliases like :contains)");
            order = " order by case when r.name = :q or r.code = :q or r.aliases like :exact then 0 else 1 end, r.key";
            params.put("contains", "%" + q + "%");
            params.put("prefix", q + "%");
            params.put("q", q);
            params.put("exact", "%" + ALIAS_SEPARATOR + q + ALIAS_SEPARATOR + "%");
        }
        if (level != null) {
            where.append(" and r.level = :level");
            params.put("level", level);
        }
        if (parent != null) {
            where.append(" and r.parentKey = :parent");
            params.put("parent", parent);
        }
        if (!all) {
            where.append(MENTIONED);
        }
        return find(where.append(order).toString(), params);
    }

    /** The region with this code, or the one that lists it as an old code. */
    public Optional<Region> findByCode(String code) {
        Optional<Region> region = findByIdOptional(code);
        return region.isPresent() ? region
                : find("from Region r where r.aliases like ?1 order by r.key", "%" + ALIAS_SEPARATOR + code + ALIAS_SEPARATOR + "%")
                        .firstResultOptional();
    }

    /** Ancestors from the province down to the direct parent. */
    public List<Region> ancestors(Region region) {
        List<Region> chain = new ArrayList<>();
        Region current = region;
        for (int depth = 0; depth < MAX_DEPTH && current.parentKey != null; depth++) {
            current = findById(current.parentKey);
            if (current == null) {
                break;
            }
            chain.add(0, current);
        }
        return chain;
    }

    public List<Region> children(String key) {
        return list("from Region r where r.parentKey = ?1 order by r.key", key);
    }

    /** Code, level and aliases of every region with a code or an alias: the gazetteer as the table holds it. */
    @Transactional
    public List<Object[]> codedRegions() {
        return getEntityManager().createQuery("select r.code, r.level, r.aliases from Region r"
                + " where r.code is not null or r.aliases is not null", Object[].class).getResultList();
    }

    /** The village of this name that an article mentions, to place a figure that names it without a code. */
    public Optional<Region> villageMentionedIn(String articleId, String name) {
        return find("from Region r where r.level = 'village' and r.name = ?1 and exists (select 1 from RegionMention m"
                + " where m.articleId = ?2 and m.regionKey = r.key) order by r.key", name, articleId).firstResultOptional();
    }
}

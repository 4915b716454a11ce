package io.tuopin.metrics.service;

import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.Evidence;
import io.tuopin.events.RegionRef;
import io.tuopin.metrics.domain.Observation;
import io.tuopin.metrics.domain.ObservationSet;
import io.tuopin.metrics.repository.ObservationSetRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies an {@code articles.metrics} record: the article's observations are replaced as a set
 * (delete + insert), unless the stored set came from a later {@code processedAt}. Must run inside
 * a transaction, so a reader never sees half a set.
 */
@ApplicationScoped
public class MetricsProjection {
    private static final Logger LOG = Logger.getLogger(MetricsProjection.class);
    private static final int MAX_EVIDENCE = 4000;

    private final ObservationSetRepository sets;
    private final ObservationRepository observations;
    private final RegionRepository regions;
    private final RegionCatalog regionCatalog;

    public MetricsProjection(ObservationSetRepository sets, ObservationRepository observations, RegionRepository regions,
                             RegionCatalog regionCatalog) {
        this.sets = sets;
        this.observations = observations;
        this.regions = regions;
        this.regionCatalog = regionCatalog;
    }

    /** Returns false when the record was stale and ignored. */
    public boolean apply(ArticleMetrics event) {
        ObservationSet set = sets.findById(event.articleId());
        if (set != null && Timestamps.isStale(event.processedAt(), set.processedAt)) {
            LOG.infof("ignoring metrics of %s processed at %s: the stored set is newer (%s)",
                    event.articleId(), event.processedAt(), set.processedAt);
            return false;
        }
        observations.deleteByArticle(event.articleId());
        Map<String, io.tuopin.events.Observation> unique = new LinkedHashMap<>();
        event.metrics().forEach(o -> unique.putIfAbsent(o.id(), o));
        for (io.tuopin.events.Observation observation : unique.values()) {
            observations.persist(row(event, observation));
        }
        boolean isNew = set == null;
        if (isNew) {
            set = new ObservationSet();
            set.articleId = event.articleId();
        }
        set.extractorVersion = event.extractorVersion();
        set.processedAt = Timestamps.micros(event.processedAt());
        set.publishedAt = event.publishedAt();
        set.regionKey = event.region() == null ? null : regionKey(event.articleId(), event.region());
        set.observationCount = unique.size();
        if (isNew) {
            // Hibernate captures an entity's state for the INSERT when it is persisted
            sets.persist(set);
        }
        return true;
    }

    private Observation row(ArticleMetrics event, io.tuopin.events.Observation o) {
        Observation row = new Observation();
        row.id = o.id();
        row.articleId = event.articleId();
        RegionRef region = o.region();
        row.regionKey = region == null ? null : regionKey(event.articleId(), region);
        row.regionCode = region == null ? null : region.code();
        row.regionName = region == null ? null : region.name();
        row.regionLevel = region == null ? null : region.level();
        row.indicator = o.indicator();
        row.value = o.value();
        row.valueMax = o.valueMax();
        row.unit = o.unit();
        row.period = o.period();
        row.periodStart = o.periodStart();
        row.approx = o.approx();
        row.target = o.target();
        row.confidence = o.confidence();
        row.kind = o.kind();
        evidence(row, o.evidence());
        row.publishedAt = event.publishedAt();
        row.extractorVersion = event.extractorVersion();
        row.processedAt = Timestamps.micros(event.processedAt());
        return row;
    }

    private static void evidence(Observation row, Evidence evidence) {
        if (evidence == null) {
            return;
        }
        String text = evidence.text();
        row.evidenceText = text != null && text.length() > MAX_EVIDENCE ? text.substring(0, MAX_EVIDENCE) : text;
        row.evidenceStart = evidence.start();
        row.evidenceEnd = evidence.end();
        row.sourceStart = evidence.sourceStart();
        row.sourceEnd = evidence.sourceEnd();
    }

    /**
     * The stored key of a region the record names (adding it when unknown: a coded village is added
     * at its first mention). A village without a code: place it through the article's mentions, or
     * provisionally until they arrive.
     */
    private String regionKey(String articleId, RegionRef ref) {
        if (ref.code() != null) {
            return regionCatalog.ensure(ref);
        }
        return regions.villageMentionedIn(articleId, ref.name()).map(r -> r.key)
                .orElse(RegionKeys.provisionalVillage(ref.name()));
    }
}

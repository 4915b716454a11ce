package io.tuopin.metrics.repository.seed;

import io.tuopin.gazetteer.Gazetteer;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;

/**
 * Seeds the region table with the whole gazetteer (about 45,000 divisions, province to township).
 * A repeatable Flyway migration: it runs at start before the application serves, after the SQL
 * migrations, and again only when its checksum (the {@link GazetteerFingerprint}) changes, so a
 * normal restart costs one hash of the gazetteer files. Regions that only the events carried
 * (villages) are kept.
 */
public class GazetteerSeedMigration implements JavaMigration {
    private static final Logger LOG = Logger.getLogger(GazetteerSeedMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "gazetteer regions";
    }

    @Override
    public Integer getChecksum() {
        return GazetteerFingerprint.checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.standard();
        var divisions = GazetteerRegions.all(gazetteer);
        if (divisions.size() != gazetteer.size()) {
            throw new IllegalStateException("the gazetteer lists " + gazetteer.size() + " divisions but only "
                    + divisions.size() + " lie below a province");
        }
        long loaded = System.nanoTime();
        RegionSeedWriter.Counts counts = new RegionSeedWriter(context.getConnection()).write(divisions);
        LOG.infof("region seed: %d gazetteer divisions, %d inserted, %d updated; gazetteer loaded in %d ms, "
                + "rows written in %d ms", divisions.size(), counts.inserted(), counts.updated(),
                (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
    }
}

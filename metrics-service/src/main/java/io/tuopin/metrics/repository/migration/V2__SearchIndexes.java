package io.tuopin.metrics.repository.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Trigram indexes (PostgreSQL's pg_trgm) on article titles and texts, so that a {@code q=} search
 * ({@code like '%…%'}, Chinese included) reads an index instead of every text. The extension is
 * created in schema {@code public} when the database does not have it yet; where that is not
 * allowed, searches stay correct but unindexed and a warning says so. H2 (the local run's small
 * file database) gets no such index.
 */
public class V2__SearchIndexes extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V2__SearchIndexes.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        String schema = trigramSchema(connection);
        if (schema == null) {
            LOG.warn("pg_trgm is not available to this database user: text searches (q=) run without an index."
                    + " An administrator can run: create extension pg_trgm;");
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("create index article_title_trgm_idx on article using gin (title " + schema + ".gin_trgm_ops)");
            sql.execute("create index article_text_trgm_idx on article using gin (clean_text " + schema + ".gin_trgm_ops)");
        }
    }

    /** The schema holding pg_trgm, creating the extension if needed; null when it cannot be had. */
    private static String trigramSchema(Connection connection) throws SQLException {
        String schema = installedSchema(connection);
        if (schema != null) {
            return schema;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_trgm with schema public");
            return installedSchema(connection);
        } catch (SQLException e) {
            connection.rollback(before);
            LOG.warnf("cannot create extension pg_trgm: %s", e.getMessage());
            return null;
        }
    }

    private static String installedSchema(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select n.nspname from pg_extension e"
                        + " join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
            return row.next() ? "\"" + row.getString(1) + "\"" : null;
        }
    }
}

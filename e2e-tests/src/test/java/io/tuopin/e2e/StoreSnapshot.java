package io.tuopin.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What metrics-service stored, read straight from its PostgreSQL database, in a form two runs can compare. */
final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /** Every stored observation as one line (everything but timestamps), ordered. */
    static List<String> observations(String database) throws SQLException {
        return lines(database, "select article_id, id, region_key, region_code, region_name, region_level, indicator,"
                + " obs_value, value_max, unit, period, period_start, approx, target, confidence, kind, evidence_start,"
                + " evidence_end, source_start, source_end, published_at, extractor_version"
                + " from observation order by article_id, id");
    }

    /** Every stored article with its subject region and mention counts. */
    static List<String> articles(String database) throws SQLException {
        return lines(database, "select a.id, a.region_key, a.title, a.published_at,"
                + " (select count(*) from region_mention m where m.article_id = a.id)"
                + " from article a order by a.id");
    }

    /** Article id → number of stored observations, for every article whose observation set is stored. */
    static Map<String, Integer> observationCounts(String database) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select article_id, observation_count from observation_set")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Ids of the articles whose entities are stored. */
    static Set<String> articleIds(String database) throws SQLException {
        Set<String> ids = new TreeSet<>();
        for (String line : lines(database, "select id from article")) {
            ids.add(line);
        }
        return ids;
    }

    static long pendingChanges(String database) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from observation_change")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> lines(String database, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SystemUnderTest.pgUrl(database), "postgres", "");
    }
}

package io.tuopin.metrics.repository.seed;

import io.tuopin.events.RegionInfo;
import io.tuopin.metrics.domain.Region;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes divisions into the region table with batched JDBC: inserts the missing ones and updates
 * the stored ones whose name, level, parent or aliases differ (aliases are only ever added, as the
 * events do). Rows of other regions are left alone.
 */
final class RegionSeedWriter {
    private static final int BATCH = 1000;
    private static final String SELECT = "select region_key, code, name, region_level, parent_key, aliases"
            + " from region where code is not null";
    // both statements take the same parameters in the same order
    private static final String INSERT = "insert into region (code, name, region_level, parent_key, aliases, region_key)"
            + " values (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update region set code = ?, name = ?, region_level = ?, parent_key = ?,"
            + " aliases = ? where region_key = ?";

    /** How many rows a seed inserted and updated. */
    record Counts(int inserted, int updated) {
    }

    private final Connection connection;

    RegionSeedWriter(Connection connection) {
        this.connection = connection;
    }

    /** Divisions carry a code, which is their key (as for the events). */
    Counts write(List<RegionInfo> divisions) throws SQLException {
        Map<String, Region> stored = stored();
        List<Region> inserts = new ArrayList<>();
        List<Region> updates = new ArrayList<>();
        for (RegionInfo division : divisions) {
            Region row = stored.get(division.code());
            if (row == null) {
                row = new Region();
                row.key = division.code();
                row.describe(division);
                inserts.add(row);
            } else if (row.describe(division)) {
                updates.add(row);
            }
        }
        execute(INSERT, inserts);
        execute(UPDATE, updates);
        return new Counts(inserts.size(), updates.size());
    }

    private Map<String, Region> stored() throws SQLException {
        Map<String, Region> out = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Region row = new Region();
                row.key = rs.getString(1);
                row.code = rs.getString(2);
                row.name = rs.getString(3);
                row.level = rs.getString(4);
                row.parentKey = rs.getString(5);
                row.aliases = rs.getString(6);
                out.put(row.key, row);
            }
        }
        return out;
    }

    private void execute(String sql, List<Region> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Region row : rows) {
                statement.setString(1, row.code);
                statement.setString(2, row.name);
                statement.setString(3, row.level);
                statement.setString(4, row.parentKey);
                statement.setString(5, row.aliases);
                statement.setString(6, row.key);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}

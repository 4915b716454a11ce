package io.tuopin.metrics.repository.seed;

import io.tuopin.events.RegionInfo;
import io.tuopin.metrics.domain.Region;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes divisions into the region table with plain JDBC: inserts the missing ones and updates
 * the stored ones whose name, level, parent or aliases differ (aliases are only ever added, as the
 * events do). Rows of other regions are left alone.
 */
final class RegionSeedWriter {
    private static final int ROWS_PER_INSERT = 500;
    private static final String SELECT = "select region_key, code, name, region_level, parent_key, aliases"
            + " from region where code is not null";
    // both statements take a row's parameters in the same order
    private static final String INSERT = "insert into region (code, name, region_level, parent_key, aliases, region_key)"
            + " values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?)";
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
        insert(inserts);
        update(updates);
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

    /** Multi-row inserts: far faster than a JDBC batch of single-row ones on H2 and PostgreSQL alike. */
    private void insert(List<Region> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Region> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int offset = 0;
                for (Region row : chunk) {
                    offset = bind(statement, offset, row);
                }
                statement.executeUpdate();
            }
        }
    }

    private void update(List<Region> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            for (Region row : rows) {
                bind(statement, 0, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Sets a row's six parameters after {@code offset}; returns the next offset. */
    private static int bind(PreparedStatement statement, int offset, Region row) throws SQLException {
        statement.setString(offset + 1, row.code);
        statement.setString(offset + 2, row.name);
        statement.setString(offset + 3, row.level);
        statement.setString(offset + 4, row.parentKey);
        statement.setString(offset + 5, row.aliases);
        statement.setString(offset + 6, row.key);
        return offset + 6;
    }
}

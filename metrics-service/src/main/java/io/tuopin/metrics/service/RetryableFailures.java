package io.tuopin.metrics.service;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which failures of a projection transaction are worth another attempt: those the database reports
 * as the outcome of concurrency or of a lost connection, not of the record or the code. Anything else
 * (a bug, a constraint the record breaks for good) fails at once and the record is dead-lettered.
 */
final class RetryableFailures {
    /**
     * SQLStates: 40001 serialization failure, 40P01 deadlock (PostgreSQL), 23505 unique violation (two
     * consumers inserting the same new region at once: the second attempt sees the first's row), 57P01
     * admin shutdown and 57P03 cannot connect now (a failover), and H2's equivalents of the first two,
     * 90131 concurrent update and HYT00 lock timeout. Class 08 (connection exceptions) is retryable too.
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "23505", "57P01", "57P03", "90131", "HYT00");
    private static final String CONNECTION_CLASS = "08";

    private RetryableFailures() {
    }

    /** Whether any SQLException in the chain of causes (and of next exceptions) is retryable. */
    static boolean isRetryable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.put(s, true) == null); s = s.getNextException()) {
                    if (retryable(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException
                || state != null && (STATES.contains(state) || state.startsWith(CONNECTION_CLASS));
    }
}

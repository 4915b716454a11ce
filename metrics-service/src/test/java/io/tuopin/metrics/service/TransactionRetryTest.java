package io.tuopin.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionRetryTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TransactionRetry retry = new TransactionRetry(4, Duration.ofMillis(1), new ProjectionMeters(registry),
            Runnable::run);

    @Test
    void aBugIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        ProjectionFailedException failure = assertThrows(ProjectionFailedException.class, () -> retry.run("test", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a bug");
        }));
        assertEquals(1, calls.get(), "a failure the database did not report as transient must not be repeated");
        assertTrue(failure.getMessage().contains("not retryable") && failure.getMessage().contains("a bug"),
                failure.getMessage());
        assertEquals(0, registry.counter("tuopin.metrics.projection.retries").count());
    }

    @Test
    void aConstraintTheRecordBreaksForGoodIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ProjectionFailedException.class, () -> retry.run("test", () -> {
            calls.incrementAndGet();
            throw new PersistenceException(new SQLException("value too long", "22001"));
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void aSerializationFailureIsRetriedUntilItCommits() {
        AtomicInteger calls = new AtomicInteger();
        retry.run("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLException("could not serialize access", "40001"));
            }
        });
        assertEquals(3, calls.get());
        assertEquals(2, registry.counter("tuopin.metrics.projection.retries").count());
    }

    @Test
    void aRetryableFailureGoesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        ProjectionFailedException failure = assertThrows(ProjectionFailedException.class, () -> retry.run("test", () -> {
            calls.incrementAndGet();
            throw new PersistenceException(new SQLException("deadlock detected", "40P01"));
        }));
        assertEquals(4, calls.get());
        assertTrue(failure.getMessage().contains("after 4 attempts"), failure.getMessage());
    }

    @Test
    void theDatabaseSaysWhatIsRetryable() {
        assertTrue(RetryableFailures.isRetryable(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertTrue(RetryableFailures.isRetryable(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(RetryableFailures.isRetryable(new SQLException("connection refused", "08001")));
        BatchUpdateException batch = new BatchUpdateException("batch failed", "", new int[0]);
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(RetryableFailures.isRetryable(new PersistenceException(batch)));
        assertFalse(RetryableFailures.isRetryable(new SQLException("syntax error", "42601")));
        assertFalse(RetryableFailures.isRetryable(new NullPointerException()));
    }
}

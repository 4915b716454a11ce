package io.tuopin.nlp.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Measures single-thread throughput for the benchmark mains: a warm-up, then timed rounds over the
 * same inputs; reports the median round. Not used by tests: speed is measured, never asserted.
 */
public final class Throughput {
    private static final int WARMUP_SECONDS = 10;
    private static final int ROUNDS = 7;
    private static final int ROUND_SECONDS = 3;

    private Throughput() {
    }

    /** Articles per second of the median round; prints articles/s and chars/s. */
    public static double measure(String name, IntConsumer work, int articles, long chars) {
        runFor(work, articles, WARMUP_SECONDS);
        double[] rates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            rates[r] = runFor(work, articles, ROUND_SECONDS);
        }
        Arrays.sort(rates);
        double median = rates[ROUNDS / 2];
        System.out.printf("%-22s %10.1f articles/s %12.0f chars/s (rounds min %.1f max %.1f articles/s)%n",
                name, median, median * chars / articles, rates[0], rates[ROUNDS - 1]);
        return median;
    }

    private static double runFor(IntConsumer work, int articles, int seconds) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long done = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < articles; i++) {
                work.accept(i);
            }
            done += articles;
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }
}

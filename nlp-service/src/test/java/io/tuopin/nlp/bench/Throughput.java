package io.tuopin.nlp.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Measures single-thread throughput for the benchmark mains: a warm-up, then timed rounds over the
 * same inputs; reports the median round. Not used by tests: speed is measured, never asserted.
 * {@link #compare} alternates the rounds of the two workloads, so that load from other processes
 * (a shared machine) falls on both alike, and reports the rate per CPU second of the measuring
 * thread next to the wall-clock rate: the former does not count time the thread was not running.
 */
public final class Throughput {
    /**
     * The least warm-up: C2 spends about 13 CPU-seconds compiling the whole stage's code on a fast
     * machine (measured with JFR), and rounds taken while it still compiles count its time as the
     * stage's wall time. On a slower or busier machine it takes longer, so the warm-up goes on until a
     * round passes with (almost) no compiling, up to {@link #MAX_WARMUP_SECONDS}.
     */
    private static final int WARMUP_SECONDS = 30;
    private static final int MAX_WARMUP_SECONDS = 180;
    /** Compiler time in a warm-up round below which the JIT counts as settled. */
    private static final long QUIET_COMPILE_MILLIS = 100;
    private static final int ROUNDS = 7;
    private static final int ROUND_SECONDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private Throughput() {
    }

    /** Median rates of one workload, articles per second, wall clock and thread CPU. */
    public record Rates(double wall, double cpu) {
    }

    /** Articles per second of the median round; prints articles/s and chars/s. */
    public static double measure(String name, IntConsumer work, int articles, long chars) {
        warmUp(articles, work);
        double[][] rates = new double[2][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            double[] round = runFor(work, articles, ROUND_SECONDS);
            rates[0][r] = round[0];
            rates[1][r] = round[1];
        }
        return report(name, rates, articles, chars).wall();
    }

    /**
     * Two workloads in alternating rounds (a, b, a, b, …) after a warm-up of each; prints both and the
     * ratio a/b of the medians, by wall clock and by thread CPU time.
     */
    public static void compare(String nameA, IntConsumer a, String nameB, IntConsumer b, int articles, long chars) {
        warmUp(articles, a, b);
        double[][] ratesA = new double[2][ROUNDS];
        double[][] ratesB = new double[2][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            double[] roundA = runFor(a, articles, ROUND_SECONDS);
            double[] roundB = runFor(b, articles, ROUND_SECONDS);
            ratesA[0][r] = roundA[0];
            ratesA[1][r] = roundA[1];
            ratesB[0][r] = roundB[0];
            ratesB[1][r] = roundB[1];
        }
        Rates ra = report(nameA, ratesA, articles, chars);
        Rates rb = report(nameB, ratesB, articles, chars);
        System.out.printf("ratio %s / %s = %.2f (wall clock), %.2f (thread CPU time)%n", nameA, nameB,
                ra.wall() / rb.wall(), ra.cpu() / rb.cpu());
    }

    private static Rates report(String name, double[][] rates, int articles, long chars) {
        double[] wall = rates[0].clone();
        double[] cpu = rates[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double medianWall = wall[ROUNDS / 2];
        double medianCpu = cpu[ROUNDS / 2];
        System.out.printf("%-22s %10.1f articles/s %12.0f chars/s (rounds min %.1f max %.1f articles/s); per CPU second %12.0f chars/s%n",
                name, medianWall, medianWall * chars / articles, wall[0], wall[ROUNDS - 1], medianCpu * chars / articles);
        return new Rates(medianWall, medianCpu);
    }

    /** Runs each workload for the least warm-up, then rounds of all until the compiler is quiet. */
    private static void warmUp(int articles, IntConsumer... workloads) {
        long start = System.nanoTime();
        for (IntConsumer work : workloads) {
            runFor(work, articles, WARMUP_SECONDS);
        }
        long compiled;
        do {
            compiled = JIT.getTotalCompilationTime();
            for (IntConsumer work : workloads) {
                runFor(work, articles, ROUND_SECONDS);
            }
        } while (JIT.getTotalCompilationTime() - compiled > QUIET_COMPILE_MILLIS
                && System.nanoTime() - start < MAX_WARMUP_SECONDS * 1_000_000_000L);
        System.out.printf("warm-up %.0f s (compiler time in the last round %d ms)%n",
                (System.nanoTime() - start) / 1e9, JIT.getTotalCompilationTime() - compiled);
    }

    /** {articles per wall second, articles per CPU second of this thread} of one round. */
    private static double[] runFor(IntConsumer work, int articles, int seconds) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long end = start + seconds * 1_000_000_000L;
        long done = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < articles; i++) {
                work.accept(i);
            }
            done += articles;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new double[] {done / wall, done / cpu};
    }
}

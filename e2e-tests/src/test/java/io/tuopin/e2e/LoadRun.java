package io.tuopin.e2e;

import io.tuopin.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bin/load}: the stack as the end-to-end tests start it (broker, replicas of ingest-service,
 * nlp-service and metrics-service on PostgreSQL, one api-gateway), N generated variants of the sample
 * articles posted by C clients straight to the ingest replicas, optionally one process killed with
 * SIGKILL when half of them are queryable; then it waits for the pipeline to drain, checks that every accepted
 * article is stored with observations, and prints throughput, ingest-to-queryable latency (by the
 * committed change stream), each process's peak resident memory and the longest stall.
 */
public final class LoadRun {
    private static final Map<String, List<String>> GROUPS = Map.of(
            "nlp-service", List.of(Topics.ARTICLES_RAW),
            "metrics-service", List.of(Topics.ARTICLES_ENTITIES, Topics.ARTICLES_METRICS));

    private record Options(int articles, int clients, int replicas, String kill, double killAt, Duration drain) {
        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("usage: bin/load [--articles N] [--clients C] [--replicas R]"
                            + " [--kill nlp-service|metrics-service|ingest-service|kafka] [--kill-at 0.5] [--drain-minutes M]"
                            + " (the kill comes when the --kill-at fraction of the articles is queryable)");
                }
                given.put(args[i].substring(2), args[++i]);
            }
            return new Options(Integer.parseInt(given.getOrDefault("articles", "10000")),
                    Integer.parseInt(given.getOrDefault("clients", "4")),
                    Integer.parseInt(given.getOrDefault("replicas", "2")),
                    given.getOrDefault("kill", "none"),
                    Double.parseDouble(given.getOrDefault("kill-at", "0.5")),
                    Duration.ofMinutes(Long.parseLong(given.getOrDefault("drain-minutes", "30"))));
        }
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        System.exit(run(root, options) ? 0 : 1);
    }

    private static boolean run(Path root, Options options) throws Exception {
        say("machine: %d cores, load average %s at start", Runtime.getRuntime().availableProcessors(), loadAverage());
        List<ArticleVariants.Variant> input = ArticleVariants.generate(root.resolve("samples"), options.articles());
        SystemUnderTest system = new SystemUnderTest(root, "load");
        system.createDatabase();
        Map<String, Long> peakRss = new LinkedHashMap<>();
        try {
            long booting = System.nanoTime();
            system.startKafka();
            String bootstrap = "127.0.0.1:" + system.kafkaPort;
            List<ServiceProcess> metrics = system.startReplicas("metrics-service", options.replicas(), system.metricsEnv());
            List<ServiceProcess> nlp = system.startReplicas("nlp-service", options.replicas(), system.kafkaEnv());
            List<ServiceProcess> ingest = system.startReplicas("ingest-service", options.replicas(), system.kafkaEnv());
            system.startReplicas("api-gateway", 1, SystemUnderTest.with(system.kafkaEnv(),
                    "METRICS_SERVICE_URL", "http://127.0.0.1:" + metrics.get(0).port(),
                    "INGEST_SERVICE_URL", "http://127.0.0.1:" + ingest.get(0).port()));
            say("stack ready in %.0f s: broker, %d× ingest-service, nlp-service, metrics-service (PostgreSQL), api-gateway;"
                    + " logs in %s", seconds(System.nanoTime() - booting), options.replicas(), system.logs());
            try (ChangeStreamWatcher changes = new ChangeStreamWatcher(bootstrap);
                    ConsumerGroups groups = new ConsumerGroups(bootstrap, List.copyOf(GROUPS.keySet()))) {
                ArticlePoster poster = new ArticlePoster(ingest.stream().map(ServiceProcess::port).toList());
                AtomicLong killedAt = new AtomicLong(-1);
                long start = System.nanoTime();
                Thread progress = progressReporter(poster, changes, options.articles(), start);
                if (!"none".equals(options.kill())) {
                    int killAfter = (int) Math.ceil(options.articles() * options.killAt());
                    daemon("load-killer", () -> {
                        awaitQueryable(changes, killAfter);
                        killedAt.set(kill(system, options.kill(), nlp, metrics, ingest, peakRss));
                    });
                }
                poster.postAll(input, options.clients(), accepted -> { });
                long allAccepted = System.nanoTime();
                Set<String> missing = changes.awaitAll(poster.acceptedAt.keySet(), options.drain());
                long drained = System.nanoTime();
                progress.interrupt();
                boolean consumed = consumedEverything(groups);
                system.processes().stream().filter(ServiceProcess::isAlive)
                        .forEach(p -> peakRss.merge(p.name(), p.peakRssKib(), Math::max));
                boolean verified = verify(system.database, poster.acceptedAt.keySet(), missing) && consumed;
                writeTimeline(system.work.resolve("timeline.csv"), poster, changes, start);
                report(options, poster, changes, start, allAccepted, drained, killedAt.get(), peakRss, groups);
                say("load average %s at the end", loadAverage());
                return verified;
            }
        } finally {
            system.stopAll();
            system.dropDatabase();
        }
    }

    private static void awaitQueryable(ChangeStreamWatcher changes, int count) {
        try {
            while (changes.firstArrival.size() < count) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** SIGKILL of the first replica (or the broker, restarted 10 s later); returns when, in nanoTime. */
    private static long kill(SystemUnderTest system, String target, List<ServiceProcess> nlp, List<ServiceProcess> metrics,
                             List<ServiceProcess> ingest, Map<String, Long> peakRss) {
        ServiceProcess victim = switch (target) {
            case "nlp-service" -> nlp.get(0);
            case "metrics-service" -> metrics.get(0);
            case "ingest-service" -> ingest.get(0);
            case "kafka" -> system.processes().get(0);
            default -> throw new IllegalArgumentException("--kill takes nlp-service, metrics-service, ingest-service or kafka");
        };
        try {
            peakRss.merge(victim.name(), victim.peakRssKib(), Math::max);
            long at = System.nanoTime();
            victim.kill();
            say("SIGKILL %s (pid %d)", victim.name(), victim.pid());
            if ("kafka".equals(target)) {
                daemon("broker-restart", () -> restartBroker(victim));
            }
            return at;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void restartBroker(ServiceProcess broker) {
        try {
            Thread.sleep(10_000);
            broker.start().awaitLogLine("KAFKA READY", Duration.ofMinutes(3));
            say("broker restarted");
        } catch (Exception e) {
            say("broker restart failed: %s", e);
        }
    }

    private static boolean consumedEverything(ConsumerGroups groups) {
        try {
            groups.awaitNoLag(GROUPS, Duration.ofMinutes(3));
            return true;
        } catch (Exception | AssertionError e) {
            say("FAILED: %s", e.getMessage());
            return false;
        }
    }

    private static boolean verify(String database, Set<String> accepted, Set<String> missing) throws SQLException {
        Map<String, Integer> stored = StoreSnapshot.observationCounts(database);
        Set<String> articles = StoreSnapshot.articleIds(database);
        List<String> notStored = accepted.stream()
                .filter(id -> stored.getOrDefault(id, 0) == 0 || !articles.contains(id)).sorted().toList();
        if (notStored.isEmpty() && missing.isEmpty()) {
            say("verified: all %d accepted articles are stored (article, entities, observations) and reached the"
                    + " change stream", accepted.size());
            return true;
        }
        say("FAILED: %d accepted articles not stored with entities and observations, %d never on the change stream"
                + " (e.g. %s)", notStored.size(), missing.size(),
                notStored.isEmpty() ? missing.iterator().next() : notStored.get(0));
        return false;
    }

    private static void report(Options options, ArticlePoster poster, ChangeStreamWatcher changes, long start,
                               long allAccepted, long drained, long killedAt, Map<String, Long> peakRss,
                               ConsumerGroups groups) {
        double elapsed = seconds(drained - start);
        int articles = poster.acceptedAt.size();
        List<Long> latencies = new ArrayList<>();
        poster.acceptedAt.forEach((id, accepted) -> {
            Long arrived = changes.firstArrival.get(id);
            if (arrived != null) {
                latencies.add(arrived - accepted);
            }
        });
        latencies.sort(null);
        Stalls.Stall stall = Stalls.longest(poster.acceptedAt, changes.firstArrival, changes.partitions);
        Stalls.Stall still = Stalls.longestOverall(poster.acceptedAt, changes.firstArrival, Long.MIN_VALUE);
        System.out.println();
        System.out.println("== bin/load: " + articles + " articles, " + options.clients() + " clients, "
                + options.replicas() + " replicas each, kill: " + options.kill());
        line("accepted in", "%.1f s (%d posts retried)", seconds(allAccepted - start), poster.retries.get());
        line("drained in", "%.1f s after the first post", elapsed);
        line("throughput", "%.1f articles/s, %.0f chars/s", articles / elapsed, poster.acceptedChars.get() / elapsed);
        line("ingest → queryable", "p50 %s, p95 %s, p99 %s, max %s (ack by ingest to the committed set on articles.observations)",
                ms(percentile(latencies, 50)), ms(percentile(latencies, 95)), ms(percentile(latencies, 99)),
                ms(latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)));
        line("first committed change", "%.1f s after the first post (warm-up)", seconds(Stalls.warmUp(start, changes.firstArrival)));
        line("longest stall", "%s with no committed change anywhere while articles waited, from %.1f s",
                ms(still.nanos()), seconds(still.from() - start));
        line("longest partition stall", "%s: partition %d had articles waiting and no committed change, from %.1f s",
                ms(stall.nanos()), stall.partition(), seconds(stall.from() - start));
        if (killedAt >= 0 && GROUPS.containsKey(options.kill())) {
            long moved = groups.reassignedAfter(options.kill(), killedAt);
            line("partitions moved", "%s after the kill, every partition of group %s owned by a live member again",
                    moved < 0 ? "not seen" : ms(moved), options.kill());
        }
        if (killedAt >= 0) {
            Stalls.Stall overall = Stalls.longestOverall(poster.acceptedAt, changes.firstArrival, killedAt);
            Stalls.Stall afterKill = Stalls.longest(poster.acceptedAt, changes.firstArrival, changes.partitions, killedAt);
            line("stalls from the kill on", "%s for the whole pipeline (from %.1f s), %s for partition %d (from %.1f s);"
                    + " %s killed at %.1f s", ms(overall.nanos()), seconds(overall.from() - start), ms(afterKill.nanos()),
                    afterKill.partition(), seconds(afterKill.from() - start), options.kill(), seconds(killedAt - start));
        }
        peakRss.forEach((name, kib) -> line("peak RSS " + name, "%d MiB", kib / 1024));
        line("partitions owned twice", "%d samples", groups.overlaps.size());
    }

    /** Per article: partition, accepted and queryable (ms after the first post), so figures can be recomputed. */
    private static void writeTimeline(Path file, ArticlePoster poster, ChangeStreamWatcher changes, long start)
            throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("articleId,partition,acceptedMs,queryableMs");
        poster.acceptedAt.forEach((id, accepted) -> {
            Long arrived = changes.firstArrival.get(id);
            lines.add(id + "," + Stalls.partitionOf(id, changes.partitions) + "," + (accepted - start) / 1_000_000 + ","
                    + (arrived == null ? "" : String.valueOf((arrived - start) / 1_000_000)));
        });
        Files.write(file, lines);
        say("timeline of every article in %s", file);
    }

    private static Thread progressReporter(ArticlePoster poster, ChangeStreamWatcher changes, int total, long start) {
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    say("%5.0f s: %d/%d accepted, %d queryable", seconds(System.nanoTime() - start),
                            poster.acceptedAt.size(), total, changes.firstArrival.size());
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "load-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void line(String what, String format, Object... args) {
        System.out.printf(Locale.ROOT, "  %-28s %s%n", what, String.format(Locale.ROOT, format, args));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[load] " + format + "%n", args);
    }
}

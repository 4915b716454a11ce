package io.tuopin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.Topics;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The same articles through one replica of each service, then through two replicas each of
 * ingest-service (posted to directly, no balancer), nlp-service and metrics-service, one nlp and one
 * metrics replica killed with SIGKILL halfway: no partition is ever owned by two members, both
 * replicas work, every article is stored, and the store ends exactly as the one-replica run left it
 * (same observations with the same ids); the change stream's newest record per article is what is stored.
 */
class ReplicasIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final int ARTICLES = 60;
    private static final Duration DRAIN = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> GROUPS = Map.of(
            "nlp-service", List.of(Topics.ARTICLES_RAW),
            "metrics-service", List.of(Topics.ARTICLES_ENTITIES, Topics.ARTICLES_METRICS));

    private record Outcome(Set<String> accepted, List<String> observations, List<String> articles,
                           List<String> overlaps, Map<String, Set<String>> workingMembers,
                           Map<String, Set<String>> storedIds, Map<String, Set<String>> streamedIds) {
    }

    @Test
    void twoReplicasOfEachServiceLoseNothingToAKillAndStoreWhatOneReplicaStores() throws Exception {
        List<ArticleVariants.Variant> input = ArticleVariants.generate(ROOT.resolve("samples"), ARTICLES);

        Outcome single = run("replicas-one", 1, input, false);
        Outcome replicated = run("replicas-two", 2, input, true);

        assertEquals(List.of(), replicated.overlaps(), "a partition was owned by two members at once");
        assertTrue(replicated.workingMembers().getOrDefault("nlp-service", Set.of()).size() >= 2,
                "both nlp-service replicas had partitions: " + replicated.workingMembers());
        assertTrue(replicated.workingMembers().getOrDefault("metrics-service", Set.of()).size() >= 3,
                "metrics-service replicas shared the partitions: " + replicated.workingMembers());
        assertEquals(ARTICLES, single.accepted().size());
        assertEquals(single.accepted(), replicated.accepted());
        assertEquals(single.accepted(), replicated.storedIds().keySet(), "every accepted article is stored");
        assertEquals(single.articles(), replicated.articles());
        assertEquals(single.observations().size(), replicated.observations().size());
        assertEquals(single.observations(), replicated.observations());
        assertEquals(replicated.storedIds(), replicated.streamedIds(), "the change stream shows the stored sets");
    }

    private Outcome run(String name, int replicas, List<ArticleVariants.Variant> input, boolean kill) throws Exception {
        SystemUnderTest system = new SystemUnderTest(ROOT, name);
        system.createDatabase();
        try {
            long started = System.nanoTime();
            system.startKafka();
            String bootstrap = "127.0.0.1:" + system.kafkaPort;
            List<ServiceProcess> metrics = system.startReplicas("metrics-service", replicas, system.metricsEnv());
            List<ServiceProcess> nlp = system.startReplicas("nlp-service", replicas, system.kafkaEnv());
            List<ServiceProcess> ingest = system.startReplicas("ingest-service", replicas, system.kafkaEnv());
            System.out.printf("[replicas] %s: %d replica(s) each ready in %.1f s%n", name, replicas,
                    (System.nanoTime() - started) / 1e9);
            try (ChangeStreamWatcher changes = new ChangeStreamWatcher(bootstrap);
                    ConsumerGroups groups = new ConsumerGroups(bootstrap, List.copyOf(GROUPS.keySet()))) {
                ArticlePoster poster = new ArticlePoster(ingest.stream().map(ServiceProcess::port).toList());
                AtomicBoolean killed = new AtomicBoolean();
                poster.postAll(input, 4, accepted -> {
                    if (kill && accepted >= input.size() / 2 && killed.compareAndSet(false, true)) {
                        killFirst(nlp, metrics);
                    }
                });
                assertEquals(Set.of(), changes.awaitAll(poster.acceptedAt.keySet(), DRAIN),
                        name + ": articles that never reached the change stream");
                groups.awaitNoLag(GROUPS, DRAIN);
                awaitOutboxEmpty(system.database);
                Map<String, Set<String>> stored = storedIds(system.database);
                Map<String, Set<String>> streamed = awaitStreamed(changes, stored);
                System.out.printf("[replicas] %s: %d articles stored in %.1f s (%d posts retried)%n", name,
                        stored.size(), (System.nanoTime() - started) / 1e9, poster.retries.get());
                return new Outcome(new TreeSet<>(poster.acceptedAt.keySet()), StoreSnapshot.observations(system.database),
                        StoreSnapshot.articles(system.database), List.copyOf(groups.overlaps),
                        Map.copyOf(groups.workingMembers), stored, streamed);
            }
        } finally {
            system.stopAll();
            system.dropDatabase();
        }
    }

    private static void killFirst(List<ServiceProcess> nlp, List<ServiceProcess> metrics) {
        try {
            System.out.println("[replicas] SIGKILL " + nlp.get(0).name() + " and " + metrics.get(0).name());
            nlp.get(0).kill();
            metrics.get(0).kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitOutboxEmpty(String database) throws Exception {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (StoreSnapshot.pendingChanges(database) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("committed changes still waiting in the outbox after " + DRAIN);
            }
            Thread.sleep(200);
        }
    }

    /** Article id → ids of its stored observations. */
    private static Map<String, Set<String>> storedIds(String database) throws SQLException {
        Map<String, Set<String>> ids = new TreeMap<>();
        StoreSnapshot.observationCounts(database).keySet().forEach(article -> ids.put(article, new TreeSet<>()));
        for (String line : StoreSnapshot.observations(database)) {
            String[] columns = line.split("\\|", 3);
            ids.computeIfAbsent(columns[0], article -> new TreeSet<>()).add(columns[1]);
        }
        return ids;
    }

    /** Article id → ids in its newest change-stream record, once that matches the store (or the time is up). */
    private static Map<String, Set<String>> awaitStreamed(ChangeStreamWatcher changes, Map<String, Set<String>> stored)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Set<String>> streamed;
        do {
            streamed = new TreeMap<>();
            for (Map.Entry<String, String> latest : new ArrayList<>(changes.latest.entrySet())) {
                Set<String> ids = new TreeSet<>();
                for (JsonNode observation : JSON.readTree(latest.getValue()).path("observations")) {
                    ids.add(observation.path("id").asText());
                }
                streamed.put(latest.getKey(), ids);
            }
            if (streamed.equals(stored)) {
                break;
            }
            Thread.sleep(300);
        } while (System.nanoTime() < deadline);
        return streamed;
    }
}

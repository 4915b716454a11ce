package io.tuopin.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Watches the services' consumer groups from outside: samples who owns which partition (to check that
 * no partition is ever owned by two members at once and that replicas share the work) and reads the lag.
 */
final class ConsumerGroups implements AutoCloseable {
    private final Admin admin;
    private final List<String> groups;
    private final Thread sampler;
    private volatile boolean running = true;
    /** Partitions seen owned by two members in one sample. */
    final List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
    /** Per group, the members (client ids with their host) seen owning at least one partition. */
    final Map<String, Set<String>> workingMembers = new ConcurrentHashMap<>();
    /** Every sample: when (nanoTime), which group, and each member's partitions. */
    final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    record Sample(long at, String group, Map<String, Set<TopicPartition>> owners) {
        int owned() {
            return owners.values().stream().mapToInt(Set::size).sum();
        }
    }

    ConsumerGroups(String bootstrap, List<String> groups) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(p);
        this.groups = List.copyOf(groups);
        this.sampler = new Thread(this::sample, "consumer-group-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            try {
                Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups)
                        .all().get(5, TimeUnit.SECONDS);
                described.forEach(this::check);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the broker may be busy or restarting: sample again
            }
        }
    }

    private void check(String group, ConsumerGroupDescription description) {
        Map<TopicPartition, String> owner = new HashMap<>();
        Map<String, Set<TopicPartition>> owners = new HashMap<>();
        for (MemberDescription member : description.members()) {
            Set<TopicPartition> owned = member.assignment().topicPartitions();
            owners.put(member.consumerId(), Set.copyOf(owned));
            if (!owned.isEmpty()) {
                workingMembers.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(member.consumerId());
            }
            for (TopicPartition partition : owned) {
                String other = owner.put(partition, member.consumerId());
                if (other != null) {
                    overlaps.add(group + " " + partition + ": " + other + " and " + member.consumerId());
                }
            }
        }
        samples.add(new Sample(System.nanoTime(), group, owners));
    }

    /**
     * How long after {@code killedAt} (nanoTime) every partition of the group was owned again, by
     * members that outlived the kill only; -1 when that was never seen.
     */
    long reassignedAfter(String group, long killedAt) {
        List<Sample> mine;
        synchronized (samples) {
            mine = samples.stream().filter(sample -> sample.group().equals(group)).toList();
        }
        Sample before = null;
        for (Sample sample : mine) {
            if (sample.at() < killedAt) {
                before = sample;
            }
        }
        if (before == null || mine.isEmpty()) {
            return -1;
        }
        Set<String> survivors = mine.get(mine.size() - 1).owners().keySet();
        Set<String> dead = new HashSet<>(before.owners().keySet());
        dead.removeAll(survivors);
        for (Sample sample : mine) {
            if (sample.at() > killedAt && sample.owned() >= before.owned()
                    && sample.owners().keySet().stream().noneMatch(dead::contains)) {
                return sample.at() - killedAt;
            }
        }
        return -1;
    }

    /** Records after each group's committed offsets, summed over its topics' partitions. */
    long totalLag(String group, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** Waits until every group has committed everything on its topics. */
    void awaitNoLag(Map<String, List<String>> topicsByGroup, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> lagging = new HashSet<>(topicsByGroup.keySet());
        while (!lagging.isEmpty() && System.nanoTime() < deadline) {
            lagging.removeIf(group -> {
                try {
                    return totalLag(group, topicsByGroup.get(group)) == 0;
                } catch (Exception e) {
                    return false;
                }
            });
            Thread.sleep(500);
        }
        if (!lagging.isEmpty()) {
            throw new AssertionError("consumer groups still lagging after " + timeout + ": " + lagging);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(5000);
        admin.close(Duration.ofSeconds(5));
    }
}

package io.tuopin.e2e;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One reading of a container's memory, counted as {@code docker stats} counts it. */
final class ContainerMemory {
    private ContainerMemory() {
    }

    /** Bytes in use: the cgroup's usage less its inactive file cache (cgroup v1 and v2 name it differently). */
    static long inUse(DockerClient docker, String containerId) throws InterruptedException {
        AtomicReference<Statistics> reading = new AtomicReference<>();
        try (ResultCallback.Adapter<Statistics> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Statistics statistics) {
                reading.set(statistics);
            }
        }) {
            docker.statsCmd(containerId).withNoStream(true).exec(callback).awaitCompletion(30, TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MemoryStatsConfig memory = reading.get() == null ? null : reading.get().getMemoryStats();
        if (memory == null || memory.getUsage() == null) {
            return -1;
        }
        long inactive = 0;
        if (memory.getStats() != null) {
            Long v1 = memory.getStats().getTotalInactiveFile();
            Long v2 = memory.getStats().getInactiveFile();
            inactive = v1 != null ? v1 : v2 != null ? v2 : 0;
        }
        return memory.getUsage() - inactive;
    }
}

package io.tuopin.gateway.service;

import io.tuopin.gateway.config.StreamSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts open live streams, in all and per client, and refuses one more beyond either cap. */
@ApplicationScoped
public class StreamSlots {
    private final int maxTotal;
    private final int maxPerClient;
    private final Map<String, Integer> open = new HashMap<>();
    private int total;

    public StreamSlots(StreamSettings settings) {
        this.maxTotal = settings.maxClients();
        this.maxPerClient = settings.maxPerClient();
    }

    /** A slot for one more stream of this client, released by running the answer (once is enough); empty at a cap. */
    public synchronized Optional<Runnable> take(String client) {
        int mine = open.getOrDefault(client, 0);
        if (total >= maxTotal || mine >= maxPerClient) {
            return Optional.empty();
        }
        open.put(client, mine + 1);
        total++;
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                give(client);
            }
        });
    }

    private synchronized void give(String client) {
        open.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
        total--;
    }

    /** The caps, for a refusal's detail. */
    public String limits() {
        return "at most " + maxPerClient + " open streams per client and " + maxTotal + " in all";
    }
}

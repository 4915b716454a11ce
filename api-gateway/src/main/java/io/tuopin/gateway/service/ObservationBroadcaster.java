package io.tuopin.gateway.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Fans every new observation out to the connected stream clients, each with its own filter. */
@ApplicationScoped
public class ObservationBroadcaster {
    private final BroadcastProcessor<LiveObservation> processor = BroadcastProcessor.create();
    private final AtomicInteger clients = new AtomicInteger();

    public synchronized void publish(LiveObservation observation) {
        processor.onNext(observation);
    }

    /** A hot stream from now on; a client too slow to keep up loses observations rather than holding others back. */
    public Multi<LiveObservation> stream(ObservationFilter filter) {
        return processor
                .onSubscription().invoke(clients::incrementAndGet)
                .onTermination().invoke(clients::decrementAndGet)
                .onOverflow().drop()
                .select().where(filter::accepts);
    }

    public int clients() {
        return clients.get();
    }
}

package io.tuopin.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tuopin.ingest.domain.BrokerUnavailableException;
import io.tuopin.ingest.domain.Channel;
import io.tuopin.ingest.domain.IngestRejectedException;
import io.tuopin.ingest.domain.IngestResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * {@code tuopin.ingest.articles}: every submission that reached the common ingest path, by
 * {@code channel} (http, inbox, feed), {@code outcome} (accepted, duplicate, rejected, unavailable)
 * and {@code reason} (the problem kind of a rejection, e.g. {@code undecodable}; {@code none} otherwise).
 */
@ApplicationScoped
public class IngestMeters {
    static final String ARTICLES = "tuopin.ingest.articles";
    private final MeterRegistry registry;

    public IngestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public IngestResult count(Channel channel, Supplier<IngestResult> ingest) {
        try {
            IngestResult result = ingest.get();
            record(channel, result.isDuplicate() ? "duplicate" : "accepted", "none");
            return result;
        } catch (IngestRejectedException e) {
            record(channel, "rejected", e.kind());
            throw e;
        } catch (BrokerUnavailableException e) {
            record(channel, "unavailable", "broker-unavailable");
            throw e;
        }
    }

    private void record(Channel channel, String outcome, String reason) {
        Counter.builder(ARTICLES)
                .description("articles submitted to ingest, by channel, outcome and reason")
                .tag("channel", channel.wireName())
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}

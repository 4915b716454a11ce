package io.tuopin.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until every known article id has been read back, so duplicates are recognised from the first request. */
@Readiness
@ApplicationScoped
public class ReadBackHealthCheck implements HealthCheck {
    private final RawArticleReader reader;

    public ReadBackHealthCheck(RawArticleReader reader) {
        this.reader = reader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("articles.raw read-back").status(reader.caughtUp()).build();
    }
}

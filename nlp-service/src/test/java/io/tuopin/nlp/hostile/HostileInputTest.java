package io.tuopin.nlp.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tuopin.nlp.config.NlpConfig;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.messaging.ExtractionBudget;
import io.tuopin.nlp.service.NlpPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the hostile corpus goes through the whole NLP stage within the service's default time
 * budget and yields a result: no Error (ExtractionBudget turns one into a rejection, which fails
 * here too), no item that only a dead letter ends. What the broker does with an article past its budget
 * is {@code ArticleBudgetDeadLetterTest}'s.
 */
class HostileInputTest {
    private static ExtractionBudget budget;

    @BeforeAll
    static void pipeline() throws IOException {
        Duration serviceDefault = defaultBudget();
        NlpConfig config = () -> serviceDefault;
        budget = new ExtractionBudget(NlpPipeline.createProcessor(), config);
    }

    /** {@code tuopin.nlp.article-budget} as the service's application.properties sets it (60s → PT60S). */
    private static Duration defaultBudget() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return Duration.parse("PT" + properties.getProperty("tuopin.nlp.article-budget").toUpperCase(Locale.ROOT));
    }

    static List<HostileCorpus.Item> items() {
        return HostileCorpus.items();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void itemYieldsAResultWithinTheBudget(HostileCorpus.Item item) {
        Extraction extraction = budget.process(new ArticleInput("hostile-" + item.name(), item.content(), item.html(),
                null, null, null, null));
        assertNotNull(extraction.article().text());
    }
}

package io.tuopin.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Person and organisation quality on a small annotated sample written for it
 * ({@code entities/annotated-sample.txt}: invented passages in the genre, each with the distinct
 * persons and organisations an annotator marks). Scores distinct names per passage; the floors are
 * what the recogniser achieved when the sample was written, less a small margin, so that a change
 * made for speed (or anything else) cannot quietly lose entities. See docs/PERFORMANCE.md.
 */
class EntitySampleQualityTest {
    // when written: persons P 1.000 (18/18) R 0.818 (18/22); organisations P 0.875 (14/16) R 0.538 (14/26)
    private static final double PERSON_PRECISION = 0.94;
    private static final double PERSON_RECALL = 0.77;
    private static final double ORGANIZATION_PRECISION = 0.82;
    private static final double ORGANIZATION_RECALL = 0.50;

    private static final HtmlArticleCleaner CLEANER = new HtmlArticleCleaner();
    private static final GazetteerRegionRecognizer REGIONS = new GazetteerRegionRecognizer();
    private static final HanlpEntityRecognizer ENTITIES = new HanlpEntityRecognizer();

    record Passage(String text, Set<String> persons, Set<String> organizations) {
    }

    /** Counts for one entity type over the sample. */
    static final class Score {
        int found;
        int expected;
        int correct;
        final List<String> misses = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        void add(Set<String> gold, Set<String> predicted) {
            found += predicted.size();
            expected += gold.size();
            for (String p : predicted) {
                if (gold.contains(p)) {
                    correct++;
                } else {
                    wrong.add(p);
                }
            }
            gold.stream().filter(g -> !predicted.contains(g)).forEach(misses::add);
        }

        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        @Override
        public String toString() {
            return String.format("P %.3f (%d/%d) R %.3f (%d/%d) missed %s wrong %s",
                    precision(), correct, found, recall(), correct, expected, misses, wrong);
        }
    }

    static List<Passage> sample() throws IOException {
        List<Passage> out = new ArrayList<>();
        try (InputStream in = EntitySampleQualityTest.class.getResourceAsStream("/entities/annotated-sample.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            for (int i = 0; i + 2 < lines.size(); i += 3) {
                out.add(new Passage(lines.get(i), names(lines.get(i + 1), "P:"), names(lines.get(i + 2), "O:")));
            }
        }
        return out;
    }

    private static Set<String> names(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalStateException("expected " + prefix + " in: " + line);
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(line.substring(prefix.length()).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private static Set<String> ofType(List<Entity> entities, String type) {
        Set<String> out = new LinkedHashSet<>();
        entities.stream().filter(e -> e.type().equals(type)).forEach(e -> out.add(e.text()));
        return out;
    }

    @Test
    void personsAndOrganisationsOfTheAnnotatedSample() throws IOException {
        List<Passage> passages = sample();
        assertTrue(passages.size() >= 20, "sample has " + passages.size() + " passages");
        Score persons = new Score();
        Score organizations = new Score();
        for (Passage p : passages) {
            CleanedArticle a = CLEANER.clean(new ArticleInput("sample", p.text(), false, null, null, null, null));
            List<Entity> entities = ENTITIES.recognize(a, REGIONS.recognize(a));
            persons.add(p.persons(), ofType(entities, "person"));
            organizations.add(p.organizations(), ofType(entities, "organization"));
        }
        System.out.println("entity sample: persons " + persons);
        System.out.println("entity sample: organisations " + organizations);
        assertTrue(persons.precision() >= PERSON_PRECISION, () -> "persons " + persons);
        assertTrue(persons.recall() >= PERSON_RECALL, () -> "persons " + persons);
        assertTrue(organizations.precision() >= ORGANIZATION_PRECISION, () -> "organisations " + organizations);
        assertTrue(organizations.recall() >= ORGANIZATION_RECALL, () -> "organisations " + organizations);
    }
}

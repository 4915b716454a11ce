package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MentionResolver} resolves names as its streams did ({@link MentionResolverReference}): random
 * texts of gazetteer names (the ambiguous ones often: 和平, 城关, names of several counties and
 * townships), joined by level words and punctuation, their matches in the scanner's order and shuffled.
 */
class MentionResolverAgreesWithReferenceTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final String[] JOINERS = {"", "", "，", "的", "县", "镇", "乡", "市", "省", "州", "和", "、", "。\n"};

    private final GazetteerNameScanner scanner = new GazetteerNameScanner(GAZETTEER);
    private final MentionResolver resolver = new MentionResolver(GAZETTEER);
    private final MentionResolverReference reference = new MentionResolverReference(GAZETTEER);

    @Test
    void placesAreResolvedAsTheStreamsResolvedThem() {
        List<String> names = new ArrayList<>(GAZETTEER.names().keySet());
        Collections.sort(names);
        List<String> ambiguous = names.stream().filter(n -> GAZETTEER.lookup(n).size() > 1).toList();
        Random random = new Random(20261127);
        int resolved = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            String named = names.get(random.nextInt(names.size()));
            for (Region r : GAZETTEER.ancestors(GAZETTEER.lookup(named).get(0).region().code())) {
                if (random.nextInt(3) > 0) { // the context that decides ambiguous names, townships and short names
                    text.append(random.nextBoolean() || r.shortNames().isEmpty() ? r.name() : r.shortNames().get(0));
                }
            }
            text.append(named).append(JOINERS[random.nextInt(JOINERS.length)]);
            for (int k = random.nextInt(8); k > 0; k--) {
                List<String> from = random.nextBoolean() ? ambiguous : names;
                text.append(from.get(random.nextInt(from.size()))).append(JOINERS[random.nextInt(JOINERS.length)]);
            }
            List<NameMatch> matches = new ArrayList<>(scanner.scan(text.toString()));
            List<ResolvedPlace> expected = reference.resolve(matches);
            assertEquals(expected, resolver.resolve(matches), () -> "places of " + text);
            Collections.shuffle(matches, random);
            assertEquals(reference.resolve(matches), resolver.resolve(matches), () -> "places of shuffled " + text);
            resolved += expected.size();
        }
        assertTrue(resolved > 10_000, resolved + " places resolved");
    }

    @Test
    void namedExamples() {
        for (String text : new String[] {
            "河北阜平", "江西瑞金", "汾西县和平村", "上饶县", "黔东南州凯里市", "恩施州", "肃南县城关镇", "城关镇", "和平"}) {
            List<NameMatch> matches = scanner.scan(text);
            assertEquals(reference.resolve(matches), resolver.resolve(matches), text);
        }
    }
}

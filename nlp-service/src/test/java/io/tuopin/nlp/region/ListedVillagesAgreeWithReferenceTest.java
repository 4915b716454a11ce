package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.gazetteer.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ListedVillages} finds and places listed villages as its streams did
 * ({@link ListedVillagesReference}): random texts of Gansu villages after their townships and counties
 * (or after none, or after another county), with the resolved places of the text and a random subject.
 */
class ListedVillagesAgreeWithReferenceTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final String[] JOINERS = {"", "，", "的", "村民", "。\n", "和", "、"};

    private final GazetteerNameScanner scanner = new GazetteerNameScanner(GAZETTEER);
    private final MentionResolver resolver = new MentionResolver(GAZETTEER);
    private final ListedNames listedNames = new ListedNames(GAZETTEER);

    @Test
    void villagesAreFoundAndPlacedAsTheStreamsDid() {
        List<Village> villages = GAZETTEER.villages().within("62");
        Random random = new Random(20261127);
        int placed = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                Village v = villages.get(random.nextInt(villages.size()));
                Region township = GAZETTEER.byCode(v.townshipCode()).orElseThrow();
                int context = random.nextInt(4);
                if (context >= 2) {
                    text.append(GAZETTEER.byCode(township.parentCode()).orElseThrow().name());
                }
                if (context >= 1) {
                    text.append(township.name());
                }
                text.append(v.name()).append(JOINERS[random.nextInt(JOINERS.length)]);
            }
            String t = text.toString();
            List<ResolvedPlace> places = resolver.resolve(scanner.scan(t));
            Region subject = places.isEmpty() || random.nextInt(3) == 0 ? null : places.get(random.nextInt(places.size())).region();
            ListedVillages listed = ListedVillages.of(GAZETTEER, listedNames, places, subject);
            ListedVillagesReference reference = ListedVillagesReference.of(GAZETTEER, listedNames, places, subject);
            List<VillageFinder.Found> found = reference.scan(t);
            assertEquals(found, listed.scan(t), () -> "villages of " + t);
            List<VillageFinder.Found> asked = new ArrayList<>(found);
            asked.add(new VillageFinder.Found(t.length(), t.length(), villages.get(random.nextInt(villages.size())).name()));
            for (VillageFinder.Found f : asked) {
                int paragraphStart = random.nextInt(f.start() + 1);
                Village expected = reference.lookup(f.name(), f.start(), paragraphStart);
                assertEquals(expected, listed.lookup(f.name(), f.start(), paragraphStart), () -> f + " in " + t);
                placed += expected != null ? 1 : 0;
            }
        }
        assertTrue(placed > 1_000, placed + " villages placed");
    }
}

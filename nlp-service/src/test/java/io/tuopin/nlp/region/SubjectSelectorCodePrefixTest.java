package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Gazetteer.NameEntry;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SubjectSelector#codePrefix} strips what {@code replaceAll("(00)+$", "")} stripped from a code. */
class SubjectSelectorCodePrefixTest {

    private static String byRegex(String code) {
        return code.replaceAll("(00)+$", "");
    }

    @Test
    void randomDigitStringsLoseWhatTheRegexTook() {
        Random random = new Random(20261127);
        String digits = "0000000123";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder code = new StringBuilder();
            for (int k = random.nextInt(13); k > 0; k--) {
                code.append(digits.charAt(random.nextInt(digits.length())));
            }
            assertEquals(byRegex(code.toString()), SubjectSelector.codePrefix(code.toString()), code.toString());
        }
    }

    @Test
    void everyCodeOfTheGazetteer() {
        for (List<NameEntry> entries : Gazetteer.standard().names().values()) {
            for (NameEntry e : entries) {
                assertEquals(byRegex(e.region().code()), SubjectSelector.codePrefix(e.region().code()), e.region().code());
            }
        }
    }

    @Test
    void namedExamples() {
        for (String code : new String[] {"620000", "620700", "620122", "620122001000", "1000", "000", "0000", "0", "", "100100"}) {
            assertEquals(byRegex(code), SubjectSelector.codePrefix(code), code);
        }
    }
}

package io.tuopin.nlp.number;

import io.tuopin.nlp.number.RecognizersTextSpecs.Expected;
import java.util.ArrayList;
import java.util.List;

/** Thin adapters that present our recogniser as Recognizers-Text's five Chinese models. */
final class RecognizerModels {
    private static final NumberScanner NUMBERS = new NumberScanner();

    private RecognizerModels() {
    }

    interface Model {
        List<Expected> parse(String input);
    }

    /** Plain numbers; a number that belongs to a percentage or a money amount is left to those models. */
    static Model number() {
        return input -> {
            List<Expected> out = new ArrayList<>();
            for (NumberMatch m : NUMBERS.scan(input)) {
                String after = input.substring(m.end());
                if (after.startsWith("%") || after.startsWith("％") || after.startsWith("美元")
                        || after.startsWith("美刀") || after.startsWith("折")) {
                    continue;
                }
                out.add(span(input, m.start(), m.end(), m.value().toPlainString(), null));
            }
            return out;
        };
    }

    static Model percent() {
        return input -> List.of();
    }

    static Model range() {
        return input -> List.of();
    }

    static Model currency() {
        return input -> List.of();
    }

    static Model dimension() {
        return input -> List.of();
    }

    static Expected span(String input, int start, int end, String value, String unit) {
        return new Expected(NumeralChars.fold(input.substring(start, end)), start, end - 1, value, unit);
    }
}

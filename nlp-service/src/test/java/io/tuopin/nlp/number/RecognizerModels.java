package io.tuopin.nlp.number;

import io.tuopin.nlp.number.RecognizersTextSpecs.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Thin adapters that present our recogniser as Recognizers-Text's five Chinese models.
 *
 * <p>Where the product deliberately differs from upstream, the adapters map or the report shows it:
 * <ul>
 *   <li>units: our keys (SCHEMA.md) are mapped to upstream's English names; 个百分点 is our
 *       {@code percentage_point} and upstream's "%";</li>
 *   <li>values are normalised to our unit (公顷 to mu × 15, 千瓦 to MW × 0.001), while upstream keeps
 *       metric prefixes in the unit (三千比特 = 3 Kilobit); data sizes, heat and frequency are not
 *       product units and are not recognised;</li>
 *   <li>a currency name without an amount (人民币 美元) is not a quantity for us; the currency
 *       adapter reports it as upstream does (no value) from the same unit words; {@code $} is USD for
 *       us, upstream's "Dollar";</li>
 *   <li>numbers that belong to a percentage or a money amount are left to those models, as upstream
 *       does.</li>
 * </ul>
 */
final class RecognizerModels {
    private static final NumberScanner NUMBERS = new NumberScanner();
    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer();
    /** Our unit keys and upstream's English unit names. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of(
            "yuan", "Chinese yuan", "usd", "United States dollar", "hkd", "Hong Kong dollar", "eur", "Euro",
            "jpy", "Japanese yen", "twd", "New Taiwan dollar", "chf", "Swiss franc", "ngn", "Nigerian naira",
            "btc", "Bitcoin", "gbp", "British pound");
    private static final Map<String, String> DIMENSION_NAMES = Map.of(
            "mu", "Mu", "kg", "Kilogram", "ton", "Ton", "jin", "Jin", "cm", "Centimeter", "m", "Meter",
            "km", "Kilometer", "g", "Gram", "ug", "Microgram");

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
        return input -> QUANTITIES.recognize(input).stream()
                .filter(RecognizedQuantity::isPercent)
                .map(q -> span(input, q.start(), q.end(), q.value().toPlainString() + "%", null))
                .toList();
    }

    static Model range() {
        return new RangeModelAdapter();
    }

    /**
     * Money amounts, and (upstream reports them, we do not) currency names standing without an amount
     * (人民币 美元), with no value. {@code $} is upstream's unqualified "Dollar"; we read it as USD.
     */
    static Model currency() {
        return input -> {
            List<Expected> amounts = withUnits(CURRENCY_NAMES).parse(input).stream()
                    .map(e -> e.text().startsWith("$") ? new Expected(e.text(), e.start(), e.end(), e.value(), "Dollar") : e)
                    .toList();
            List<Expected> out = new ArrayList<>(amounts);
            String folded = NumeralChars.fold(input);
            for (int i = 0; i < folded.length(); i++) {
                int at = i;
                Unit unit = Units.at(folded, i);
                boolean inAmount = amounts.stream().anyMatch(e -> e.start() <= at && at <= e.end());
                if (unit != null && unit.surface().length() > 1 && CURRENCY_NAMES.containsKey(unit.key()) && !inAmount) {
                    out.add(span(input, i, i + unit.surface().length(), null, CURRENCY_NAMES.get(unit.key())));
                    i += unit.surface().length() - 1;
                }
            }
            out.sort(java.util.Comparator.comparingInt(Expected::start));
            return out;
        };
    }

    static Model dimension() {
        return withUnits(DIMENSION_NAMES);
    }

    /** Quantities whose unit upstream names; our value is in our unit, theirs keeps metric prefixes. */
    private static Model withUnits(Map<String, String> upstreamNames) {
        return input -> QUANTITIES.recognize(input).stream()
                .filter(q -> upstreamNames.containsKey(q.unit()))
                .map(q -> span(input, q.start(), q.end(), q.value().toPlainString(), upstreamNames.get(q.unit())))
                .toList();
    }

    static Expected span(String input, int start, int end, String value, String unit) {
        return new Expected(upstreamText(input.substring(start, end)), start, end - 1, value, unit);
    }

    /** A span's text as upstream writes it: full-width digits and punctuation in ASCII, letters in lower case. */
    static String upstreamText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.chars().forEach(c -> out.append(NumeralChars.foldChar((char) c)));
        return out.toString();
    }
}

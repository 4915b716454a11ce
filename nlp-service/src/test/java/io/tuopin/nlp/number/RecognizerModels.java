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
 *   <li>a currency name without an amount (人民币 美元) is not a quantity for us, and compound
 *       amounts (50元6角三分) are not combined;</li>
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

    static Model currency() {
        return withUnits(CURRENCY_NAMES);
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
        return new Expected(NumeralChars.fold(input.substring(start, end)), start, end - 1, value, unit);
    }
}

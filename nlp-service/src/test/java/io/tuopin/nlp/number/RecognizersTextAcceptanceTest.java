package io.tuopin.nlp.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.nlp.number.RecognizersTextSpecs.Case;
import io.tuopin.nlp.number.RecognizersTextSpecs.Expected;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs Microsoft Recognizers-Text's own Chinese test cases (../shared/peer/recognizers-text) against
 * our recogniser through thin model adapters, asserting as upstream does: same number of results,
 * same span (text as upstream folds it, start, inclusive end) and same resolution. Prints the pass rate
 * per file and the failures, and asserts a floor on the cases upstream runs for its Java port: 95 % for
 * Number, Percent, NumberRange and Currency; for Dimension the rate it had when the floors were set
 * (20 of 24: data sizes such as 三千比特 are no product unit).
 */
class RecognizersTextAcceptanceTest {
    private static final double FLOOR = 0.95;
    private static final double DIMENSION_FLOOR = 20.0 / 24;

    @Test
    void numberModel() throws IOException {
        assertFloor("Specs/Number/Chinese/NumberModel.json", RecognizerModels.number(), FLOOR);
    }

    @Test
    void percentModel() throws IOException {
        assertFloor("Specs/Number/Chinese/PercentModel.json", RecognizerModels.percent(), FLOOR);
    }

    @Test
    void numberRangeModel() throws IOException {
        assertFloor("Specs/Number/Chinese/NumberRangeModel.json", RecognizerModels.range(), FLOOR);
    }

    @Test
    void currencyModel() throws IOException {
        assertFloor("Specs/NumberWithUnit/Chinese/CurrencyModel.json", RecognizerModels.currency(), FLOOR);
    }

    @Test
    void dimensionModel() throws IOException {
        assertFloor("Specs/NumberWithUnit/Chinese/DimensionModel.json", RecognizerModels.dimension(), DIMENSION_FLOOR);
    }

    private static void assertFloor(String file, RecognizerModels.Model model, double floor) throws IOException {
        double rate = run(file, model);
        assertTrue(rate >= floor - 1e-9, file + " Java-supported pass rate " + rate + " is below " + floor);
    }

    /** Pass rate on the cases upstream's Java port runs; prints both rates and the failures. */
    private static double run(String file, RecognizerModels.Model model) throws IOException {
        List<Case> cases = RecognizersTextSpecs.load(file);
        int passed = 0;
        int javaCases = 0;
        int javaPassed = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<Expected> actual = model.parse(c.input());
            boolean ok = matches(c, actual);
            passed += ok ? 1 : 0;
            if (c.javaSupported()) {
                javaCases++;
                javaPassed += ok ? 1 : 0;
                if (!ok) {
                    failures.add("#" + c.index() + " " + c.input() + " expected " + c.results() + " got " + actual);
                }
            }
        }
        double rate = javaCases == 0 ? 0 : (double) javaPassed / javaCases;
        System.out.printf("RECOGNIZERS-TEXT %s: overall %d/%d (%.1f%%), Java-supported %d/%d (%.1f%%)%n",
                file, passed, cases.size(), 100.0 * passed / cases.size(), javaPassed, javaCases, 100 * rate);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        return rate;
    }

    private static boolean matches(Case c, List<Expected> actual) {
        if (actual.size() != c.results().size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            Expected want = c.results().get(i);
            Expected got = actual.get(i);
            boolean span = want.start() == got.start() && want.end() == got.end()
                    && RecognizerModels.upstreamText(want.text()).equals(got.text());
            if (!span || (!c.ignoreResolution() && !sameResolution(want, got))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameResolution(Expected want, Expected got) {
        if (want.unit() != null && !want.unit().equals(got.unit())) {
            return false;
        }
        if (want.value() == null || got.value() == null) {
            return want.value() == null && got.value() == null;
        }
        if (want.value().startsWith("(") || want.value().startsWith("[")) {
            return sameInterval(want.value(), got.value());
        }
        boolean percent = want.value().endsWith("%");
        if (percent != got.value().endsWith("%")) {
            return false;
        }
        return sameNumber(new BigDecimal(want.value().replace("%", "")), new BigDecimal(got.value().replace("%", "")));
    }

    /** Interval notation: same brackets, bounds equal as numbers. */
    private static boolean sameInterval(String want, String got) {
        if (got.length() < 3 || want.charAt(0) != got.charAt(0) || want.charAt(want.length() - 1) != got.charAt(got.length() - 1)) {
            return false;
        }
        String[] w = want.substring(1, want.length() - 1).split(",", -1);
        String[] g = got.substring(1, got.length() - 1).split(",", -1);
        for (int i = 0; i < 2; i++) {
            if (w[i].isEmpty() != g[i].isEmpty() || (!w[i].isEmpty() && !sameNumber(new BigDecimal(w[i]), new BigDecimal(g[i])))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        BigDecimal tolerance = a.abs().multiply(new BigDecimal("1e-9")).max(new BigDecimal("1e-12"));
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }
}

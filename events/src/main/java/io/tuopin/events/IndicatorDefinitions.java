package io.tuopin.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the analyst-facing columns of the indicator catalogue {@code indicators.tsv} (key, kind,
 * units, meaning). nlp-service reads the same file with its cue and blocker patterns to extract
 * figures; consumers use this to describe the indicators they serve.
 */
public final class IndicatorDefinitions {
    public static final String RESOURCE = "indicators.tsv";
    /** The indicator keys of the analysts' annotation schema (gold SCHEMA.md); the catalogue covers them all. */
    public static final Set<String> GRADED = Set.of("poor_households", "poor_population", "lifted_households",
            "lifted_population", "remaining_poor_households", "remaining_poor_population", "poverty_incidence",
            "poor_villages", "poor_villages_exited", "per_capita_net_income", "income_gain_per_capita", "investment",
            "relocated_households", "relocated_population", "employed_poor_labor", "resident_work_teams",
            "resident_cadres", "admin_villages", "total_population", "dibao_households", "dibao_population",
            "poverty_workshops", "leading_enterprises", "pv_capacity");
    private static final int KEY = 0;
    private static final int KIND = 1;
    private static final int UNITS = 3;
    private static final int MEANING = 6;

    private IndicatorDefinitions() {
    }

    public static List<IndicatorDefinition> load() {
        try (InputStream in = IndicatorDefinitions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<IndicatorDefinition> parse(List<String> lines) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || line.startsWith("#") || "*".equals(f[KEY]) || f.length <= MEANING) {
                continue;
            }
            definitions.add(new IndicatorDefinition(f[KEY], f[KIND], List.of(f[UNITS].split(",")), f[MEANING]));
        }
        return List.copyOf(definitions);
    }
}

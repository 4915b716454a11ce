package io.tuopin.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the analyst-facing columns of the indicator catalogue {@code indicators.tsv} (key, kind,
 * units, meaning). nlp-service reads the same file with its cue and blocker patterns to extract
 * figures; consumers use this to describe the indicators they serve.
 */
public final class IndicatorDefinitions {
    public static final String RESOURCE = "indicators.tsv";
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

package io.tuopin.nlp.metric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The indicator catalogue: analyst-maintained data in {@code indicators.tsv}, read once at start. */
public final class IndicatorCatalogue {
    public static final String RESOURCE = "indicators.tsv";
    private static final String GLOBAL = "*";

    private final List<Indicator> indicators;
    private final Pattern globalBlockers;

    private IndicatorCatalogue(List<Indicator> indicators, Pattern globalBlockers) {
        this.indicators = List.copyOf(indicators);
        this.globalBlockers = globalBlockers;
    }

    public static IndicatorCatalogue load() {
        try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("indicator catalogue " + RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static IndicatorCatalogue parse(List<String> lines) {
        List<Indicator> rows = new ArrayList<>();
        Pattern global = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": expected 7 tab-separated columns, got " + f.length);
            }
            if (GLOBAL.equals(f[0])) {
                global = regex(f[5], n);
                continue;
            }
            rows.add(new Indicator(f[0], f[1], Integer.parseInt(f[2]), Set.of(f[3].split(",")), regex(f[4], n),
                    regex(f[5], n), f[6]));
        }
        return new IndicatorCatalogue(rows, global);
    }

    private static Pattern regex(String text, int line) {
        if ("-".equals(text)) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(RESOURCE + ":" + (line + 1) + ": bad regular expression " + text, e);
        }
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Indicator byKey(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
    }

    /** Whether the clause text before a figure rules out every indicator (a personal figure, a standard). */
    public boolean blockedForAll(String before) {
        return globalBlockers != null && globalBlockers.matcher(before).find();
    }
}

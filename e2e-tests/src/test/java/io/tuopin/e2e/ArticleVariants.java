package io.tuopin.e2e;

import io.tuopin.events.codec.TextDecoder;
import io.tuopin.events.codec.UndecodableTextException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Distinct articles made from the team's samples in {@code samples/}: variant {@code i} of a sample
 * has its figures moved by a small per-variant factor and ends with a reference line in letters, so
 * every variant is a new article (its own id) that still reads like the original and yields the same
 * kinds of observations. Dates and years are left alone. Sent as UTF-8.
 */
final class ArticleVariants {
    /** A figure followed by a unit or counter word (not a year, month or day). */
    private static final Pattern FIGURE = Pattern.compile("(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)(?=[万亿户人个元名座支家%％兆亩公里处所项])");

    record Variant(String name, String contentType, String text) {
        byte[] body() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Sample(String name, String contentType, String text) {
    }

    private ArticleVariants() {
    }

    static List<Variant> generate(Path samplesDir, int count) throws IOException {
        List<Sample> samples = samples(samplesDir);
        List<Variant> variants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sample sample = samples.get(i % samples.size());
            variants.add(new Variant(sample.name() + "#" + i, sample.contentType(), vary(sample, i)));
        }
        return variants;
    }

    private static List<Sample> samples(Path dir) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean html = name.endsWith(".html");
                if (html || name.endsWith(".txt")) {
                    String text = decode(file, html);
                    samples.add(new Sample(name, html ? "text/html; charset=UTF-8" : "text/plain; charset=UTF-8",
                            html ? text.replaceAll("(?i)charset=[\"']?[a-z0-9_-]+", "charset=utf-8") : text));
                }
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("no sample articles in " + dir);
        }
        return samples;
    }

    private static String decode(Path file, boolean html) throws IOException {
        try {
            return TextDecoder.decode(Files.readAllBytes(file), null, html).text();
        } catch (UndecodableTextException e) {
            throw new IOException("sample " + file + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static String vary(Sample sample, int index) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(index % 97 + 1, 3));
        Matcher figures = FIGURE.matcher(sample.text());
        StringBuilder out = new StringBuilder();
        while (figures.find()) {
            BigDecimal value = new BigDecimal(figures.group(1));
            BigDecimal moved = value.multiply(factor).setScale(Math.max(value.scale(), 0), RoundingMode.HALF_UP);
            figures.appendReplacement(out, moved.toPlainString());
        }
        figures.appendTail(out);
        String reference = "\n\n（稿件编号：" + letters(index) + "）\n";
        return sample.contentType().startsWith("text/html")
                ? out.toString().replace("</body>", "<p>" + reference.strip() + "</p></body>")
                : out + reference;
    }

    /** The index in capital letters, so the reference line holds no figure. */
    static String letters(int index) {
        StringBuilder code = new StringBuilder();
        int rest = index;
        do {
            code.append((char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return code.reverse().toString();
    }
}

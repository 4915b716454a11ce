package io.tuopin.nlp.metric;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import io.tuopin.nlp.time.DateFinder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds cleaned articles and region analyses by hand, as the text and region stages would. */
public final class TestArticles {
    private static final Pattern ANAPHORA = Pattern.compile("全县|该县|本县|我县|全区|该区|本区|我区|全市|该市|本市|我市");

    private TestArticles() {
    }

    /** Plain simplified text with identity offsets; sentences end at 。！？ or a line break. */
    public static CleanedArticle article(String text, String publishedAt) {
        return article(text, publishedAt, List.of());
    }

    public static CleanedArticle article(String text, String publishedAt, List<Span> unreliable) {
        int[] index = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            index[i] = i;
        }
        return new CleanedArticle("title", publishedAt, "test", null, null, "simplified", text, text, index,
                spans(text, "。！？!?\n"), spans(text, "\n"), unreliable,
                new DateFinder().find(text, publishedAt));
    }

    private static List<Span> spans(String text, String enders) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (enders.indexOf(text.charAt(i)) >= 0) {
                out.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }

    /** A text file of the test resources (our own sample articles). */
    public static String resource(String path) {
        try (java.io.InputStream in = TestArticles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static RegionInfo county(String code, String name, String parentCode) {
        return new RegionInfo(code, name, "county", parentCode, List.of());
    }

    /**
     * Mentions of the subject (by name or 全县-style anaphora) and of the extra regions given, found by
     * plain string search.
     */
    public static RegionAnalysis regions(String text, RegionInfo subject, RegionInfo... others) {
        List<RegionMention> mentions = new ArrayList<>();
        addAll(mentions, text, subject.name(), subject, false);
        Matcher m = ANAPHORA.matcher(text);
        while (m.find()) {
            mentions.add(new RegionMention(m.start(), m.end(), m.group(), subject, true));
        }
        List<RegionInfo> all = new ArrayList<>(List.of(subject));
        for (RegionInfo other : others) {
            addAll(mentions, text, other.name(), other, false);
            all.add(other);
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new RegionAnalysis(subject, mentions, all);
    }

    private static void addAll(List<RegionMention> mentions, String text, String name, RegionInfo region,
                               boolean anaphora) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            mentions.add(new RegionMention(i, i + name.length(), name, region, anaphora));
        }
    }
}

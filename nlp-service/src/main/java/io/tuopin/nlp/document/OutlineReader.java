package io.tuopin.nlp.document;

import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the outline of an article from its lines: the headline, numbered headings (一、 …, （一）…,
 * 1. …), short unpunctuated lines that head a section (叶城县：大山里的人搬进新城镇), list items led by a
 * name and a colon (康平县：贫困人口7418人，…；), interview turns (记者：…, 答：…) and paragraphs.
 * Stateless and thread-safe.
 */
public final class OutlineReader {
    static final Pattern TOP_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部分章节篇])");
    static final Pattern SUB_NUMBER = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    static final Pattern DIGIT_NUMBER = Pattern.compile("^\\d{1,2}[、.．](?!\\d)");
    static final Pattern QUESTION = Pattern.compile("^(?:记者|问|主持人)[：:]");
    static final Pattern ANSWER = Pattern.compile("^答[：:]");
    /** A short name before a colon, then figures: an item of a list of places or groups. */
    private static final Pattern LED_ITEM = Pattern.compile("^[^，。；：:,;]{2,12}[：:].*\\d");
    /** A figure, not a year; a line of nothing but a date; a figure with a counting unit (compiled once, not per line). */
    private static final Pattern FIGURE_NOT_YEAR = Pattern.compile("\\d+(?![\\d年月日])(?<!(?:19|20)\\d\\d)");
    private static final Pattern DATE_LINE = Pattern.compile("^[\\d\\s年月日:：\\-.]+$");
    private static final Pattern COUNTED = Pattern.compile("\\d\\s*[户人个元万亿%]");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern SPACE_OR_COLON = Pattern.compile("[\\s:：]");
    private static final Pattern COLON = Pattern.compile("[:：]");
    private static final int MAX_HEADING = 40;
    private static final String STATEMENT_END = "。！？；;!?";

    public DocumentOutline read(CleanedArticle article) {
        String text = article.text();
        String title = article.title() == null ? null : article.title().strip();
        List<Block> blocks = new ArrayList<>();
        for (Span line : lines(article)) {
            String s = text.substring(line.start(), line.end()).strip();
            blocks.add(classify(line, s, title != null && blocks.isEmpty() && sameHeadline(s, title)));
        }
        return new DocumentOutline(List.copyOf(blocks));
    }

    private static Block classify(Span line, String s, boolean title) {
        if (title) {
            return new Block(line, BlockKind.TITLE, 0);
        }
        if (opens(s, "记问主", QUESTION)) {
            return new Block(line, BlockKind.QUESTION, 0);
        }
        if (opens(s, "答", ANSWER)) {
            return new Block(line, BlockKind.ANSWER, 0);
        }
        int level = opens(s, "一二三四五六七八九十第", TOP_NUMBER) ? 1 : opens(s, "（(", SUB_NUMBER) ? 2
                : opens(s, "0123456789", DIGIT_NUMBER) ? 3 : 0;
        if (isHeadingLine(s)) {
            return new Block(line, BlockKind.HEADING, Math.max(level, 1));
        }
        if (level == 0 && LED_ITEM.matcher(s).find()) {
            return new Block(line, BlockKind.LIST_ITEM, 0);
        }
        return new Block(line, BlockKind.PARAGRAPH, 0);
    }

    /** Whether the anchored pattern finds the line's opening; {@code firstChars}: what it may start with, asked first. */
    static boolean opens(String s, String firstChars, Pattern anchored) {
        return !s.isEmpty() && firstChars.indexOf(s.charAt(0)) >= 0 && anchored.matcher(s).find();
    }

    /** Short, with no statement inside: 一、基本情况, 叶城县：大山里的人搬进新城镇, 2019年全省脱贫攻坚工作要点. */
    private static boolean isHeadingLine(String s) {
        if (s.length() > MAX_HEADING || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length() - 1; i++) {
            if (STATEMENT_END.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return STATEMENT_END.indexOf(s.charAt(s.length() - 1)) < 0 && !hasCount(s);
    }

    /** A figure other than a year: a heading names no counts (康平县：贫困人口7418人 is a list item). */
    private static boolean hasCount(String s) {
        return FIGURE_NOT_YEAR.matcher(s).find() && !DATE_LINE.matcher(s).find() && COUNTED.matcher(s).find();
    }

    private static boolean sameHeadline(String line, String title) {
        String a = SPACE.matcher(line).replaceAll("");
        String b = SPACE_OR_COLON.matcher(title).replaceAll("");
        return !b.isEmpty() && COLON.matcher(a).replaceAll("").equals(b);
    }

    private static List<Span> lines(CleanedArticle article) {
        if (article.paragraphs() != null && !article.paragraphs().isEmpty()) {
            return article.paragraphs();
        }
        return List.of(new Span(0, article.text().length()));
    }
}

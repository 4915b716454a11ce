package io.tuopin.nlp.text;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.time.DateFinder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cleaning stage: HTML to text, mojibake repair, pinyin glosses out, traditional to
 * simplified, punctuation normalised, header fields read, chrome lines dropped, sentences split.
 * Every step appends characters with their source index ({@link MappedText}), so each character of
 * the cleaned text points to the decoded input. Stateless and thread-safe.
 */
public final class HtmlArticleCleaner implements ArticleCleaner {
    private static final Pattern TAG_REMNANT = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,9}(\\s[^<>\\n]{0,200})?/?>");

    /** A page's own date field, full-width digits included (２０２０-０７-１５). */
    private static final Pattern META_DATE = Pattern.compile("(\\d{4})\\D(\\d{1,2})\\D(\\d{1,2})", Pattern.UNICODE_CHARACTER_CLASS);

    private final HtmlTextExtractor html = new HtmlTextExtractor();
    private final Utf8ReadAsGbk utf8AsGbk = new Utf8ReadAsGbk();
    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final PinyinGlossRemover glosses = new PinyinGlossRemover();
    private final ScriptConverter script = new ScriptConverter();
    private final PunctuationNormalizer punctuation = new PunctuationNormalizer();
    private final ArticleHeader header = new ArticleHeader();
    private final ChromeFilter chrome = new ChromeFilter();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateFinder dateFinder = new DateFinder();

    @Override
    public CleanedArticle clean(ArticleInput input) {
        if (input == null || input.content() == null || input.content().isBlank()) {
            throw new IllegalArgumentException("the article has no content");
        }
        String original = input.content();
        HtmlTextExtractor.PageMeta meta = new HtmlTextExtractor.PageMeta(null, null, null, null);
        MappedText text = MappedText.identity(original);
        if (input.html() || looksLikeHtml(original)) {
            HtmlTextExtractor.Result page = html.extract(original);
            text = page.text();
            meta = page.meta();
        }
        text = stripTagRemnants(glosses.remove(stripTagRemnants(mojibake.repair(utf8AsGbk.repair(text)))));
        ScriptConverter.Converted converted = script.convert(text);
        text = punctuation.normalize(converted.text());

        List<Line> lines = Line.of(text);
        ArticleHeader.Title found = header.title(lines, chrome);
        MappedText body = dropChrome(text, lines, found);
        String cleaned = body.text();
        String publishedAt = firstNonBlank(input.publishedAt(), isoDate(meta.publishedAt()), header.publishedAt(lines));
        return new CleanedArticle(
                firstNonBlank(input.title(), simplified(meta.title()), found == null ? null : found.text()),
                publishedAt,
                firstNonBlank(input.source(), simplified(meta.source()), header.source(lines)),
                firstNonBlank(simplified(meta.author()), header.author(lines)),
                input.url(),
                converted.script(),
                cleaned,
                original,
                body.sourceIndex(original.length()),
                splitter.sentences(cleaned),
                splitter.paragraphs(cleaned),
                body.unreliableSpans(),
                dateFinder.find(cleaned, publishedAt));
    }

    /** Keeps the non-chrome lines (joined by one line break) and restores a title that only a chrome line held. */
    private MappedText dropChrome(MappedText text, List<Line> lines, ArticleHeader.Title title) {
        MappedText.Builder out = MappedText.builder(text.length());
        int closing = chrome.closingLine(lines);
        boolean titleKept = title == null || lines.stream().limit(closing)
                .anyMatch(l -> l.text().contains(title.text()) && !chrome.isChrome(l.text()));
        if (!titleKept) {
            int from = title.line().start() + title.offsetInLine();
            appendLine(out, text, from, from + title.text().length());
        }
        for (int i = 0; i < closing; i++) {
            Line line = lines.get(i);
            if (!line.isBlank() && !chrome.isChrome(line.text())) {
                appendLine(out, text, line.start(), line.end());
            }
        }
        return out.build();
    }

    private static void appendLine(MappedText.Builder out, MappedText text, int start, int end) {
        if (out.length() > 0) {
            out.append('\n', text.source(start), false);
        }
        out.append(text, start, end);
    }

    private static MappedText stripTagRemnants(MappedText in) {
        if (in.text().indexOf('<') < 0) {
            return in;
        }
        Matcher m = TAG_REMNANT.matcher(in.text());
        if (!m.find()) {
            return in;
        }
        MappedText.Builder out = MappedText.builder(in.length());
        int last = 0;
        do {
            out.append(in, last, m.start());
            last = m.end();
        } while (m.find());
        out.append(in, last, in.length());
        return out.build();
    }

    /** A page sent as text (a saved .txt of a whole page) is still parsed as HTML. */
    static boolean looksLikeHtml(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(200, head.length())).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head>") && head.contains("<");
    }

    private static String simplified(String s) {
        return s == null ? null : ScriptConverter.simplify(s);
    }

    private static String isoDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = META_DATE.matcher(s);
        return m.find() ? ArticleHeader.iso(m) : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

package io.tuopin.nlp.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Turns an HTML page into lines of text mapped to the page source: block elements become line
 * breaks, scripts, forms and page chrome (navigation, share, comment, login, copyright and
 * related-article blocks, recognised by tag, class or id) are dropped.
 */
final class HtmlTextExtractor {
    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "button", "select",
            "input", "textarea", "svg", "template", "head", "object", "embed");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
            "article", "blockquote", "pre", "header", "dd", "dt", "dl", "figure", "figcaption", "hr", "main", "body");
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|comments?|footer|"
                    + "login|qrcode|qr|erweima|ewm|related|relate|copyright|sidebar|side|toolbar|ad|ads|advert|banner|"
                    + "recommend|hot|pager|pagination|tags?)($|[-_\\s\\d])");

    private static final Set<String> LINK_BOXES = Set.of("ul", "ol", "div", "table", "dl", "td", "section");
    private static final int MIN_LINKS = 3;
    private static final double LINK_DENSITY = 0.6;
    /** The longest character reference looked for: &amp;thetasym; (only so far: a lone & must not scan the page). */
    private static final int MAX_REFERENCE = 10;

    /*
     * The meta fields' selectors, parsed once: jsoup parses a selector string on every query, which
     * costs more in unoptimised code than the search itself.
     */
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final List<Evaluator> PUBLISHED_AT = metaSelectors(
            "article:published_time", "publishdate", "pubdate", "PubDate", "publish_time", "date");
    private static final List<Evaluator> SOURCE = metaSelectors("source", "ContentSource", "og:site_name");
    private static final List<Evaluator> AUTHOR = metaSelectors("author", "article:author");

    /** Page metadata found in the head. */
    record PageMeta(String title, String publishedAt, String source, String author) {
    }

    record Result(MappedText text, PageMeta meta) {
    }

    Result extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        MappedText.Builder out = MappedText.builder(html.length() / 2);
        Element body = doc.body();
        if (body != null) {
            new Walker(html, out, LinkStats.of(body)).walk(body);
        }
        return new Result(out.build(), meta(doc));
    }

    /**
     * Text and link text of every box element (ul, div, table ...) that holds links, counted in one
     * post-order pass, so that deciding whether a box is a link list costs no walk of its subtree.
     */
    private record LinkStats(Map<Element, int[]> boxes) {
        private static final int TEXT = 0;
        private static final int LINK_TEXT = 1;
        private static final int LINKS = 2;

        static LinkStats of(Element root) {
            Map<Element, int[]> boxes = new IdentityHashMap<>();
            Deque<int[]> open = new ArrayDeque<>();
            TreeWalk.depthFirst(root, node -> {
                if (node instanceof TextNode text && !open.isEmpty()) {
                    open.peek()[TEXT] += visibleLength(text.getWholeText());
                }
                if (node instanceof Element) {
                    open.push(new int[3]);
                    return true;
                }
                return false;
            }, node -> {
                Element e = (Element) node;
                int[] own = open.pop();
                boolean link = e.normalName().equals("a");
                if (LINK_BOXES.contains(e.normalName()) && own[LINKS] >= MIN_LINKS) {
                    boxes.put(e, own);
                }
                int[] parent = open.peek();
                if (parent != null) {
                    parent[TEXT] += own[TEXT];
                    parent[LINK_TEXT] += own[LINK_TEXT] + (link ? own[TEXT] : 0);
                    parent[LINKS] += own[LINKS] + (link ? 1 : 0);
                }
            });
            return new LinkStats(boxes);
        }

        /** A list or box whose text is mostly links (related articles, menus) without class names that say so. */
        boolean isLinkList(Element e) {
            int[] stats = boxes.get(e);
            return stats != null && stats[TEXT] > 0 && stats[LINK_TEXT] >= LINK_DENSITY * stats[TEXT];
        }

        private static int visibleLength(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0' ? 0 : 1;
            }
            return n;
        }
    }

    private static boolean isChrome(Element e, LinkStats links) {
        if (SKIPPED_TAGS.contains(e.normalName())) {
            return true;
        }
        return CHROME_CLASS.matcher(e.className()).find() || CHROME_CLASS.matcher(e.id()).find() || links.isLinkList(e);
    }

    /** One pass over one page, iterative (a page nested 20,000 elements deep is no deeper for it). */
    private record Walker(String page, MappedText.Builder out, LinkStats links) {

        void walk(Element root) {
            TreeWalk.depthFirst(root, this::enter, this::leave);
        }

        /** Appends a text node, opens a block; false for chrome, whose subtree is skipped. */
        private boolean enter(Node node) {
            if (node instanceof TextNode text) {
                appendText(text);
                return false;
            }
            if (!(node instanceof Element element) || isChrome(element, links)) {
                return false;
            }
            FigureTable table = element.normalName().equals("table") ? FigureTable.of(element) : null;
            if (table != null) {
                writeTable(table, element);
                return false;
            }
            if (BLOCK_TAGS.contains(element.normalName())) {
                newline(clamp(element.sourceRange().startPos()));
            }
            return true;
        }

        private void leave(Node node) {
            Element element = (Element) node;
            if (isCell(element) && out.length() > 0 && !Character.isWhitespace(out.lastChar())) {
                out.append(' ', clamp(element.endSourceRange().startPos()), false); // cells never run together
            }
            if (BLOCK_TAGS.contains(element.normalName())) {
                int pos = clamp(element.sourceRange().startPos());
                newline(clamp(Math.max(pos, element.endSourceRange().startPos())));
            }
        }

        /** One statement per row: 正安县：减少贫困人口8526人，退出贫困村37个。 */
        private void writeTable(FigureTable table, Element element) {
            newline(clamp(element.sourceRange().startPos()));
            for (List<Element> row : table.body()) {
                int rowStart = clamp(row.get(0).sourceRange().startPos());
                appendCell(row.get(0), false);
                out.append('：', rowStart, false);
                boolean first = true;
                for (int i = 1; i < row.size(); i++) {
                    Element cell = row.get(i);
                    if (!FigureTable.isFigure(cell.text())) {
                        continue;
                    }
                    int at = clamp(cell.sourceRange().startPos());
                    if (!first) {
                        out.append('，', at, false);
                    }
                    first = false;
                    Element header = table.header().get(i);
                    appendCell(header, true);
                    appendCell(cell, false);
                    String written = cell.text().strip();
                    String unit = FigureTable.unitOf(header.text());
                    if (!written.endsWith(unit)) {
                        for (char c : unit.toCharArray()) {
                            out.append(c, at, false);
                        }
                    }
                }
                out.append('。', rowStart, false);
                newline(rowStart);
            }
        }

        /** A cell's text without its white space; a header's only up to its bracketed unit. */
        private void appendCell(Element cell, boolean labelOnly) {
            boolean[] done = {false};
            TreeWalk.depthFirst(cell, n -> {
                if (done[0]) {
                    return false;
                }
                if (n instanceof TextNode text) {
                    done[0] = !appendChars(text, true, labelOnly);
                    return false;
                }
                return n instanceof Element e && !SKIPPED_TAGS.contains(e.normalName());
            }, n -> { });
        }

        private static boolean isCell(Element element) {
            return element.normalName().equals("td") || element.normalName().equals("th");
        }

        private void newline(int pos) {
            if (out.length() > 0 && out.lastChar() != '\n') {
                out.append('\n', pos, false);
            }
        }

        /** Maps each decoded character back to the page, stepping over character references (&amp;nbsp;). */
        private void appendText(TextNode node) {
            appendChars(node, false, false);
        }

        /**
         * Appends a text node's characters, each mapped to the page; in a table cell without white
         * space, and for a header's label only up to its bracketed unit. False when it stopped there.
         */
        private boolean appendChars(TextNode node, boolean inCell, boolean labelOnly) {
            String decoded = node.getWholeText();
            int end = node.sourceRange().endPos();
            int p = clamp(node.sourceRange().startPos());
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (labelOnly && FigureTable.endsLabel(c)) {
                    return false;
                }
                boolean space = c == '\u00a0' || Character.isWhitespace(c);
                if (!inCell || !space) {
                    out.append(c == '\u00a0' ? ' ' : c, clamp(p), false);
                }
                if (!Character.isHighSurrogate(c)) {
                    p = nextSourcePos(p, end);
                }
            }
            return true;
        }

        private int nextSourcePos(int p, int end) {
            if (p < page.length() && page.charAt(p) == '&') {
                int limit = Math.min(Math.min(page.length(), Math.max(end, p + 1)), p + MAX_REFERENCE + 1);
                for (int q = p + 1; q < limit; q++) {
                    if (page.charAt(q) == ';') {
                        return q + 1;
                    }
                }
            }
            return p + 1;
        }

        private int clamp(int pos) {
            return Math.max(0, Math.min(pos, page.length() - 1));
        }
    }

    private static PageMeta meta(Document doc) {
        Element h1 = doc.selectFirst(H1);
        String title = h1 != null && !h1.text().isBlank() ? h1.text() : siteless(doc.title());
        return new PageMeta(blankToNull(title), metaContent(doc, PUBLISHED_AT), metaContent(doc, SOURCE), metaContent(doc, AUTHOR));
    }

    private static List<Evaluator> metaSelectors(String... names) {
        return Arrays.stream(names).map(name -> Selector.evaluatorOf("meta[name=" + name + "], meta[property=" + name + "]")).toList();
    }

    private static String siteless(String title) {
        return title == null ? null : title.split("\\s*[_|｜]\\s*|\\s+-\\s+")[0].trim();
    }

    private static String metaContent(Document doc, List<Evaluator> selectors) {
        for (Evaluator selector : selectors) {
            Element meta = doc.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").trim();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

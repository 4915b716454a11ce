package io.tuopin.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A table of figures on a page: a header row of labels (with their units in brackets:
 * {@code 减少贫困人口（人）}), then one row per place or item, led by its name. Written out as one
 * statement per row, the way a list reads ({@code 正安县：减少贫困人口8526人，退出贫困村37个，贫困发生率0.92%。}),
 * so that each figure keeps its row's place and its column's label and unit.
 */
final class FigureTable {
    private static final int MAX_COLUMNS = 16;
    private static final Pattern FIGURE = Pattern.compile("[-+]?[\\d０-９][\\d０-９,.．]*(?:[%％万亿])?");
    private static final Pattern UNIT = Pattern.compile("[（(]([^）)]{1,4})[）)]\\s*$");
    private static final List<String> UNITS = List.of("%", "％", "人", "户", "个", "元", "万元", "亿元", "亩", "万亩",
            "万人", "万户", "人次", "公里", "千米", "家", "支", "名", "兆瓦", "吨");

    private final List<List<Element>> rows;

    private FigureTable(List<List<Element>> rows) {
        this.rows = rows;
    }

    /** The table read as a table of figures, or null when it is laid out otherwise. */
    static FigureTable of(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return null;
        }
        List<List<Element>> rows = new ArrayList<>();
        for (Element tr : table.getElementsByTag("tr")) {
            List<Element> cells = tr.children().stream()
                    .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return isFigureTable(rows) ? new FigureTable(rows) : null;
    }

    private static boolean isFigureTable(List<List<Element>> rows) {
        if (rows.size() < 2) {
            return false;
        }
        int columns = rows.get(0).size();
        if (columns < 2 || columns > MAX_COLUMNS || rows.get(0).stream().anyMatch(c -> isFigure(c.text()))) {
            return false;
        }
        boolean figures = false;
        for (List<Element> row : rows.subList(1, rows.size())) {
            if (row.size() != columns || isFigure(row.get(0).text())) {
                return false;
            }
            figures |= row.stream().skip(1).anyMatch(c -> isFigure(c.text()));
        }
        return figures;
    }

    static boolean isFigure(String cell) {
        return FIGURE.matcher(cell.strip()).matches();
    }

    List<Element> header() {
        return rows.get(0);
    }

    List<List<Element>> body() {
        return rows.subList(1, rows.size());
    }

    /** The unit in a header's brackets, when it is one a figure is written with (人, 户, 万元, %); else "". */
    static String unitOf(String header) {
        Matcher m = UNIT.matcher(header);
        if (!m.find()) {
            return "";
        }
        String unit = m.group(1).strip();
        return UNITS.contains(unit) ? unit : "";
    }

    /** Where the header's label ends: before the bracketed unit. */
    static boolean endsLabel(char c) {
        return c == '（' || c == '(';
    }
}

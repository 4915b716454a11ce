package io.tuopin.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CSV exports (RFC 4180, UTF-8) of a time series and of a region's table, built from metrics-service's JSON. */
final class CsvTables {
    private static final List<Map.Entry<String, String>> SERIES_COLUMNS = List.of(
            Map.entry("id", "/id"), Map.entry("region_code", "/region/code"), Map.entry("region_name", "/region/name"),
            Map.entry("region_level", "/region/level"), Map.entry("indicator", "/indicator"), Map.entry("value", "/value"),
            Map.entry("value_max", "/valueMax"), Map.entry("unit", "/unit"), Map.entry("period", "/period"),
            Map.entry("period_start", "/periodStart"), Map.entry("approx", "/approx"), Map.entry("target", "/target"),
            Map.entry("confidence", "/confidence"), Map.entry("kind", "/kind"), Map.entry("article_id", "/articleId|/article/id"),
            Map.entry("article_title", "/articleTitle|/article/title"), Map.entry("published_at", "/publishedAt|/article/publishedAt"),
            Map.entry("evidence", "/evidence/text"));
    private static final List<String> TABLE_HEADER = List.of("region_code", "region_name", "region_level", "indicator",
            "value", "unit", "period", "kind", "article_id");
    private static final List<String> LATEST_FIELDS = List.of("/indicator", "/value", "/unit", "/period", "/kind",
            "/articleId|/article/id");

    private CsvTables() {
    }

    /** One row per observation of a page of {@code /api/regions/{code}/observations}. */
    static String timeSeries(JsonNode page) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(SERIES_COLUMNS.stream().map(Map.Entry::getKey).toList());
        for (JsonNode item : page.path("items")) {
            rows.add(SERIES_COLUMNS.stream().map(column -> cell(at(item, column.getValue()))).toList());
        }
        return render(rows);
    }

    /**
     * One row per latest value of the region itself, one per period total of its flows, then one per
     * latest value of each sub-region ({@code figures} or {@code latest}).
     */
    static String regionTable(JsonNode region) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TABLE_HEADER);
        addLatestRows(rows, region);
        addFlowRows(rows, region);
        for (JsonNode child : region.path("children")) {
            addLatestRows(rows, child);
        }
        return render(rows);
    }

    private static void addLatestRows(List<List<String>> rows, JsonNode region) {
        List<String> identity = List.of(cell(region.path("code")), cell(region.path("name")), cell(region.path("level")));
        JsonNode latest = region.has("figures") ? region.path("figures") : region.path("latest");
        if (latest.isEmpty()) {
            List<String> row = new ArrayList<>(identity);
            row.addAll(List.of("", "", "", "", "", ""));
            rows.add(row);
        } else if (latest.isArray()) {
            latest.forEach(value -> rows.add(latestRow(identity, value)));
        } else {
            // a map indicator -> value or indicator -> {value, unit, period}
            latest.fields().forEachRemaining(entry -> rows.add(latestRow(identity, entry.getKey(), entry.getValue())));
        }
    }

    // flows are never one current figure: one row per period with its total
    private static void addFlowRows(List<List<String>> rows, JsonNode region) {
        List<String> identity = List.of(cell(region.path("code")), cell(region.path("name")), cell(region.path("level")));
        for (JsonNode flow : region.path("flows")) {
            for (JsonNode period : flow.path("periods")) {
                List<String> row = new ArrayList<>(identity);
                row.addAll(List.of(cell(flow.path("indicator")), cell(period.path("total")), cell(flow.path("unit")),
                        cell(period.path("period")), cell(flow.path("kind")), ""));
                rows.add(row);
            }
        }
    }

    private static List<String> latestRow(List<String> identity, JsonNode value) {
        List<String> row = new ArrayList<>(identity);
        LATEST_FIELDS.forEach(field -> row.add(cell(at(value, field))));
        return row;
    }

    private static List<String> latestRow(List<String> identity, String indicator, JsonNode value) {
        List<String> row = new ArrayList<>(identity);
        row.add(indicator);
        if (value.isObject()) {
            LATEST_FIELDS.subList(1, LATEST_FIELDS.size()).forEach(field -> row.add(cell(at(value, field))));
        } else {
            row.addAll(List.of(cell(value), "", "", "", ""));
        }
        return row;
    }

    /** The first present of several JSON pointers separated by |, as metrics-service may nest or flatten a field. */
    private static JsonNode at(JsonNode node, String pointers) {
        for (String pointer : pointers.split("\\|")) {
            JsonNode found = node.at(pointer);
            if (!found.isMissingNode() && !found.isNull()) {
                return found;
            }
        }
        return null;
    }

    private static String cell(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        String text = node.isValueNode() ? node.asText() : node.toString();
        // a spreadsheet would run a cell starting like a formula
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String render(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(escape(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String escape(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

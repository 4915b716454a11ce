package io.tuopin.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator catalogue as written in {@code indicators.txt}: one section per indicator
 * ({@code [key]} and {@code field: value} lines), named phrase lists ({@code [@name]}, referenced
 * as {@code @name} in any list), and the {@code [*]} section whose blockers rule out every
 * indicator. Lists are separated by commas; a line that starts with white space continues the
 * field above. Read strictly: a malformed catalogue fails with its line number.
 *
 * @param indicators     the indicators in file order
 * @param globalBlockers phrases before a figure that rule out every indicator (personal figures, standards)
 * @param globalIgnore   phrases inside which a global blocker does not count
 */
public record IndicatorCatalogueFile(List<IndicatorDefinition> indicators, List<String> globalBlockers,
                                     List<String> globalIgnore) {
    static final String GLOBAL = "*";
    private static final List<String> KINDS = List.of("stock", "flow", "rate");

    public static IndicatorCatalogueFile parse(List<String> lines) {
        Map<String, Map<String, String>> sections = sections(lines);
        Map<String, List<String>> named = new LinkedHashMap<>();
        sections.forEach((name, fields) -> {
            if (name.startsWith("@")) {
                named.put(name, List.copyOf(split(fields.getOrDefault("phrases", ""), named, name)));
            }
        });
        List<IndicatorDefinition> indicators = new ArrayList<>();
        List<String> globalBlockers = List.of();
        List<String> globalIgnore = List.of();
        for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
            String key = e.getKey();
            Map<String, String> f = e.getValue();
            if (GLOBAL.equals(key)) {
                globalBlockers = split(f.getOrDefault("blockers", ""), named, key);
                globalIgnore = split(f.getOrDefault("ignore", ""), named, key);
            } else if (!key.startsWith("@")) {
                indicators.add(indicator(key, f, named));
            }
        }
        return new IndicatorCatalogueFile(List.copyOf(indicators), globalBlockers, globalIgnore);
    }

    private static IndicatorDefinition indicator(String key, Map<String, String> f, Map<String, List<String>> named) {
        String kind = required(f, key, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("indicator " + key + ": kind must be one of " + KINDS + ", not " + kind);
        }
        int priority;
        try {
            priority = Integer.parseInt(required(f, key, "priority"));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("indicator " + key + ": priority must be a whole number", ex);
        }
        List<String> units = split(required(f, key, "units"), named, key);
        return new IndicatorDefinition(key, kind, priority, units, "yes".equals(f.get("graded")),
                split(f.getOrDefault("cues", ""), named, key), split(f.getOrDefault("ignore", ""), named, key),
                split(f.getOrDefault("blockers", ""), named, key), required(f, key, "meaning"));
    }

    private static Map<String, Map<String, String>> sections(List<String> lines) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String field = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                String name = trimmed.substring(1, trimmed.length() - 1).strip();
                if (sections.containsKey(name)) {
                    throw error(n, "section [" + name + "] appears twice");
                }
                current = new LinkedHashMap<>();
                sections.put(name, current);
                field = null;
            } else if (Character.isWhitespace(line.charAt(0)) && field != null) {
                current.merge(field, trimmed, (a, b) -> a + " " + b);
            } else {
                int colon = trimmed.indexOf(':');
                if (current == null || colon <= 0) {
                    throw error(n, "expected [section] or field: value, got " + trimmed);
                }
                field = trimmed.substring(0, colon).strip();
                current.put(field, trimmed.substring(colon + 1).strip());
            }
        }
        return sections;
    }

    private static List<String> split(String value, Map<String, List<String>> named, String section) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,，]")) {
            String phrase = part.strip();
            if (phrase.isEmpty() || "-".equals(phrase)) {
                continue;
            }
            if (phrase.startsWith("@")) {
                List<String> list = named.get(phrase);
                if (list == null) {
                    throw new IllegalArgumentException("[" + section + "]: unknown phrase list " + phrase);
                }
                out.addAll(list);
            } else {
                out.add(phrase);
            }
        }
        return List.copyOf(out);
    }

    private static String required(Map<String, String> fields, String key, String field) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("indicator " + key + ": missing " + field);
        }
        return value;
    }

    private static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(IndicatorDefinitions.RESOURCE + ":" + (line + 1) + ": " + message);
    }
}

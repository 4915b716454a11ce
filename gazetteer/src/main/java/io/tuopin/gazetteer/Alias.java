package io.tuopin.gazetteer;

/** A line of the curated alias file: a former name and code that now denote {@code currentCode}. */
public record Alias(String oldName, String oldCode, String currentCode, int year, String note) {

    static Alias parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalArgumentException("alias line needs oldName, oldCode, currentCode, year: " + line);
        }
        return new Alias(f[0].trim(), f[1].trim(), f[2].trim(), Integer.parseInt(f[3].trim()),
                f.length > 4 ? f[4].trim() : "");
    }
}

package io.tuopin.gazetteer;

import io.tuopin.events.RegionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions (province to township) with short names and the curated
 * renames of {@code aliases.tsv}, and the villages of {@code villages.tsv.gz} by code (loaded at
 * their first use: most callers never need them). Immutable after loading, so one instance serves
 * every thread; {@link #standard()} loads the shipped data once.
 */
public final class Gazetteer {
    static final String DIVISIONS = "/gazetteer/divisions.tsv.gz";
    static final String ALIASES = "/gazetteer/aliases.tsv";
    static final String VILLAGES = "/gazetteer/villages.tsv.gz";
    /** Container rows that are divisions but never a name to match in text. */
    private static final List<String> UNNAMED = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static final java.util.regex.Pattern PLACE_SUFFIX = java.util.regex.Pattern.compile("(镇|乡|街道|苏木|农场|林场|牧场|办事处)$");

    private final Map<String, Region> byCode;
    private final Map<String, String> oldCodes;
    private final Map<String, List<Region>> children;
    private final Map<String, List<NameEntry>> names;
    private final List<Alias> aliases;
    private final Supplier<VillageIndex> villages;

    /** How a name denotes a region: its full official name, a derived short name, or a former name. */
    public enum NameKind { FULL, SHORT, OLD }

    /** A name in the index and the region it denotes. */
    public record NameEntry(String name, Region region, NameKind kind) {
    }

    private static final class Holder {
        static final Gazetteer STANDARD = loadStandard();
    }

    /** Loaded when first asked for, not with the divisions. */
    private static final class VillageHolder {
        static final VillageIndex STANDARD = loadVillages();
    }

    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static Gazetteer loadStandard() {
        try (InputStream divisions = resource(DIVISIONS); InputStream aliases = resource(ALIASES)) {
            return new Gazetteer(new GZIPInputStream(divisions), aliases, () -> VillageHolder.STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer data", e);
        }
    }

    private static VillageIndex loadVillages() {
        try (InputStream villages = new GZIPInputStream(resource(VILLAGES), 1 << 16)) {
            return VillageIndex.read(villages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the village list " + VILLAGES, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Gazetteer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from the classpath: " + path);
        }
        return in;
    }

    /** @param divisions rows {@code code, name, level, parentCode} (tab-separated, UTF-8); no villages */
    public Gazetteer(InputStream divisions, InputStream aliasFile) throws IOException {
        this(divisions, aliasFile, VillageIndex::empty);
    }

    /** @param villages the village list, asked for at the first village lookup */
    public Gazetteer(InputStream divisions, InputStream aliasFile, Supplier<VillageIndex> villages) throws IOException {
        this.villages = villages;
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String line : lines(divisions)) {
            String[] f = line.split("\t", -1);
            String parent = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
            regions.put(f[0], new Region(f[0], f[1], f[2], parent, ShortNames.of(f[1]), List.of(), List.of()));
        }
        this.aliases = aliasFile == null ? List.of() : lines(aliasFile).stream().map(Alias::parse).toList();
        this.oldCodes = new HashMap<>();
        for (Alias alias : aliases) {
            Region current = regions.get(alias.currentCode());
            if (current == null) {
                throw new IllegalArgumentException("alias " + alias.oldName() + " points to unknown code " + alias.currentCode());
            }
            regions.put(current.code(), current.withAlias(alias.oldName(), alias.oldCode()));
            oldCodes.putIfAbsent(alias.oldCode(), alias.currentCode());
        }
        this.byCode = Collections.unmodifiableMap(regions);
        this.children = indexChildren(regions);
        this.names = indexNames(regions);
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    private static Map<String, List<Region>> indexChildren(Map<String, Region> regions) {
        Map<String, List<Region>> out = new HashMap<>();
        for (Region r : regions.values()) {
            if (r.parentCode() != null) {
                out.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static Map<String, List<NameEntry>> indexNames(Map<String, Region> regions) {
        Map<String, List<NameEntry>> out = new HashMap<>();
        for (Region r : regions.values()) {
            if (!isNameable(r)) {
                continue;
            }
            add(out, r.name(), r, NameKind.FULL);
            for (String s : r.shortNames()) {
                add(out, s, r, NameKind.SHORT);
            }
            for (String s : r.oldNames()) {
                add(out, s, r, NameKind.OLD);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** Townships like 白河林业局 or 安图林业有限公司 are statistical units, not place names. */
    private static boolean isNameable(Region r) {
        if (UNNAMED.contains(r.name())) {
            return false;
        }
        return !Region.TOWNSHIP.equals(r.level()) || PLACE_SUFFIX.matcher(r.name()).find();
    }

    private static void add(Map<String, List<NameEntry>> index, String name, Region region, NameKind kind) {
        List<NameEntry> entries = index.computeIfAbsent(name, k -> new ArrayList<>(1));
        for (NameEntry e : entries) { // a plain loop: this runs for every name at start-up, mostly interpreted
            if (e.region().equals(region)) {
                return;
            }
        }
        entries.add(new NameEntry(name, region, kind));
    }

    /**
     * The region with this code; a former code (361121) gives the current region (广信区); a
     * 12-digit code gives the village of the list, under its township.
     */
    public Optional<Region> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.length() == Village.CODE_LENGTH) {
            return villages().byCode(code).map(Region::of);
        }
        Region r = byCode.get(code);
        if (r == null && oldCodes.containsKey(code)) {
            r = byCode.get(oldCodes.get(code));
        }
        return Optional.ofNullable(r);
    }

    /**
     * The region a sender means by a code (6, 9 or 12 digits; a former code gives the current
     * division) or a name (full, short or former name of a division, when it denotes one region).
     *
     * @throws IllegalArgumentException saying why when the code is unknown, the name denotes no
     *                                  region, or several (then naming some, with their codes)
     */
    public Region resolve(String codeOrName) {
        String value = codeOrName == null ? "" : codeOrName.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the region is empty: give a region code or name");
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return byCode(value).orElseThrow(() -> new IllegalArgumentException("'" + value
                    + "' is no known region code (6 digits for a province, prefecture or county, 9 for a township,"
                    + " 12 for a village)"));
        }
        List<Region> named = byName(value);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' is no name of a province, prefecture, county or"
                    + " township (for a village give its 12-digit code)");
        }
        throw new IllegalArgumentException("'" + value + "' names " + named.size() + " regions (" + describe(named)
                + "): give the code");
    }

    private String describe(List<Region> regions) {
        List<String> shown = new ArrayList<>();
        for (Region r : regions.subList(0, Math.min(4, regions.size()))) {
            String parent = r.parentCode() == null ? "" : byCode(r.parentCode()).map(p -> " in " + p.name()).orElse("");
            shown.add(r.name() + " " + r.code() + parent);
        }
        return String.join(", ", shown) + (regions.size() > shown.size() ? ", …" : "");
    }

    /** Every region that a full, short or former name denotes. */
    public List<Region> byName(String name) {
        return lookup(name).stream().map(NameEntry::region).toList();
    }

    /** The index entries for a name (empty when the name denotes nothing). */
    public List<NameEntry> lookup(String name) {
        return names.getOrDefault(name, List.of());
    }

    /** Every name of the index, for building a matcher. */
    public Map<String, List<NameEntry>> names() {
        return names;
    }

    /** The villages and communities of the list (620,000 of them, loaded at the first call). */
    public VillageIndex villages() {
        return villages.get();
    }

    /** The villages of the list that lie within a division (by its code's significant digits). */
    public List<Village> villagesWithin(Region region) {
        return villages().within(region.codePrefix());
    }

    /** Children among the divisions (villages are not listed here: see {@link #villagesWithin}). */
    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Parent, grandparent ... up to the province (the region itself excluded). */
    public List<Region> ancestors(String code) {
        List<Region> out = new ArrayList<>();
        Region current = byCode(code).orElse(null);
        while (current != null && current.parentCode() != null && out.size() < 5) {
            current = byCode.get(current.parentCode());
            if (current != null) {
                out.add(current);
            }
        }
        return out;
    }

    /** Whether {@code inner} is {@code outer} or lies within it. */
    public boolean isWithin(String inner, String outer) {
        if (inner == null || outer == null) {
            return false;
        }
        return inner.equals(outer) || ancestors(inner).stream().anyMatch(r -> r.code().equals(outer));
    }

    public List<Alias> aliases() {
        return aliases;
    }

    public int size() {
        return byCode.size();
    }

    public RegionInfo toRegionInfo(Region r) {
        List<String> aliasNames = new ArrayList<>(r.shortNames());
        aliasNames.addAll(r.oldNames());
        aliasNames.addAll(r.oldCodes());
        return new RegionInfo(r.code(), r.name(), r.level(), r.parentCode(), aliasNames.isEmpty() ? null : List.copyOf(aliasNames));
    }
}

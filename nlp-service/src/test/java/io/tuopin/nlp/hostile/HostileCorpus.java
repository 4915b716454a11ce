package io.tuopin.nlp.hostile;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hostile articles the project generates itself (no file is stored): repetition, deep nesting, long
 * lines, one huge paragraph, only digits, only punctuation, binary-looking text, mojibake and 5 MB.
 * Each kind is a function of a size, so that the same kind can be measured at n, 2n and 4n
 * ({@link HostileScaling}); {@link #items()} gives every kind at the size the tests use.
 * Deterministic: the pseudo-random kinds use fixed seeds.
 *
 * <p>{@code main DIR} writes the items as files, for {@code bin/extract DIR}.
 */
public final class HostileCorpus {
    /** One hostile article. */
    public record Item(String name, String content, boolean html) {
        @Override
        public String toString() {
            return name + " (" + content.length() + " chars)";
        }
    }

    /** A kind of hostile article: its name, whether it is HTML, the size the tests use and the generator. */
    public record Kind(String name, boolean html, int size, IntFunction<String> generator) {
        public Item at(int n) {
            return new Item(name + "-" + n, generator.apply(n), html);
        }

        public Item item() {
            return at(size);
        }
    }

    private static final String FIGURE_CLAUSE = "汾西县贫困人口减少1000人，";
    private static final String[] SENTENCES = {
        "截至2019年底，全县建档立卡贫困户3.42万户14.96万人，贫困发生率由28.7%下降到0.68%。",
        "五年来累计投入各类扶贫资金78.6亿元，其中财政专项扶贫资金9.87亿元。",
        "建成牛羊养殖专业合作社512个，引进扶贫龙头企业27家，带动1.8万户贫困户增收。",
        "驻村第一书记王建国说：“我们村修通了路，家家户户种上了花椒。”",
        "全镇15个行政村实现集体经济收入全覆盖，人均可支配收入达到8600元。",
        "易地扶贫搬迁安置4127户18536人，配套建设扶贫车间41个，吸纳就业1260人。",
        "2020年将集中力量攻克剩余贫困堡垒，确保剩余8312名贫困人口全部脱贫。",
    };

    private HostileCorpus() {
    }

    public static List<Kind> kinds() {
        return List.of(
                new Kind("repeated-figures", false, 4000, n -> FIGURE_CLAUSE.repeat(n)),
                new Kind("repeated-sentences", false, 4000, n -> FIGURE_CLAUSE.replace('，', '。').repeat(n)),
                new Kind("many-regions", false, 2000, HostileCorpus::manyRegions),
                new Kind("deep-html", true, 20_000, n -> "<html><body>" + "<div>".repeat(n) + "全县贫困人口减少1000人。"
                        + "</div>".repeat(n) + "</body></html>"),
                new Kind("unclosed-html", true, 20_000, n -> "<html><body>" + "<div><span><b><a href=x>".repeat(n / 4)
                        + "贫困发生率0.5%" + "</p>".repeat(n / 4)),
                new Kind("deep-html-as-text", false, 20_000, n -> "<div>".repeat(n) + "全县减贫2000人" + "</div>".repeat(n)),
                new Kind("long-line-wechat", false, 5_000, n -> "微信/".repeat(n)),
                new Kind("long-line-slashes", false, 20_000, n -> "/".repeat(n)),
                new Kind("long-line-tokens", false, 20_000, n -> "分享 QQ 微博 | ".repeat(n / 4)),
                new Kind("huge-paragraph", false, 20_000, HostileCorpus::hugeParagraph),
                new Kind("only-digits", false, 200_000, n -> "0123456789".repeat(n / 10)),
                new Kind("spaced-digits", false, 200_000, n -> "1 2,345 6.7 ".repeat(n / 12)),
                new Kind("chinese-numerals", false, 200_000, n -> "一二三四五六七八九〇十百千万亿两".repeat(n / 16)),
                new Kind("only-punctuation", false, 200_000, HostileCorpus::onlyPunctuation),
                new Kind("nested-brackets", false, 20_000, n -> "“（《【".repeat(n) + "5个" + "】》）”".repeat(n)),
                new Kind("binary-looking", false, 200_000, HostileCorpus::binaryLooking),
                new Kind("mojibake", false, 20_000, n -> "鈥滄垜浠?鏉戜慨閫氫簡璺?锟斤拷".repeat(n / 20)),
                new Kind("date-words", false, 50_000, n -> "2019年12月底至2020年上半年以来".repeat(n / 20)),
                new Kind("five-megabytes", false, 5_000_000, HostileCorpus::bigArticle));
    }

    public static List<Item> items() {
        return kinds().stream().map(Kind::item).toList();
    }

    public static Kind kind(String name) {
        return kinds().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile kind " + name));
    }

    /** n clauses, each naming another county of the gazetteer with its own figure. */
    private static String manyRegions(int n) {
        List<Region> counties = Gazetteer.standard().names().values().stream().flatMap(List::stream)
                .map(Gazetteer.NameEntry::region).filter(r -> Region.COUNTY.equals(r.level())).distinct()
                .sorted(java.util.Comparator.comparing(Region::code)).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(counties.get(i % counties.size()).name()).append("、").append(i % 7 == 0 ? "" : "贫困人口")
                    .append(100 + i).append("人").append(i % 3 == 0 ? "和" : "，");
        }
        return out.toString();
    }

    /** Ordinary sentences, about n of them, without one line break. */
    private static String hugeParagraph(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(SENTENCES[i % SENTENCES.length]);
        }
        return out.toString();
    }

    private static String onlyPunctuation(int n) {
        String marks = "，。、；：！？“”‘’（）《》【】…—,.;:!?()[]<>/\\|-~·";
        Random random = new Random(9);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(marks.charAt(random.nextInt(marks.length())));
            if (random.nextInt(500) == 0) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Every char value below U+3000 and some above, controls, U+FFFD and unpaired surrogates included. */
    private static String binaryLooking(int n) {
        Random random = new Random(7);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(10);
            char c = r < 5 ? (char) random.nextInt(0x100) : r < 8 ? (char) random.nextInt(0x3000)
                    : r == 8 ? (char) (0x4e00 + random.nextInt(0x5000)) : "\ufffd\ud800\udc00\u0000\u202e".charAt(random.nextInt(5));
            out.append(c);
        }
        return out.toString();
    }

    /** An article of about n characters: paragraphs of ordinary sentences with figures, regions and dates. */
    private static String bigArticle(int n) {
        StringBuilder out = new StringBuilder(n + 200);
        out.append("全县脱贫攻坚工作综述\n2020-01-10 来源：县融媒体中心\n");
        int i = 0;
        while (out.length() < n) {
            out.append(SENTENCES[i % SENTENCES.length].replace("1260", String.valueOf(1000 + i % 9000)));
            if (++i % 6 == 0) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/hostile-corpus");
        Files.createDirectories(dir);
        for (Item item : items()) {
            Path file = dir.resolve(item.name() + (item.html() ? ".html" : ".txt"));
            Files.writeString(file, item.content(), StandardCharsets.UTF_8);
            System.out.println(file + " " + item.content().length() + " chars");
        }
    }
}

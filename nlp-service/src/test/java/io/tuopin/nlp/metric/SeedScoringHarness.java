package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hankcs.hanlp.HanLP;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.SharedMaterials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dev harness: converts the seed articles crudely (pinyin glosses stripped, HanLP to simplified,
 * doubled punctuation collapsed, mojibake marked unreliable), gives each its subject region by hand,
 * runs the extractor, writes target/seed-extraction.jsonl in the bin/extract shape and scores it
 * with ../shared/tools/score_extraction.py (printed; the bar is F1 and precision >= 0.90).
 */
class SeedScoringHarness {
    private static final Pattern GLOSS = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
    private static final Pattern DOUBLED = Pattern.compile("([，,。；、])[，,。；、]+");
    private static final Pattern MOJIBAKE = Pattern.compile(".{0,2}[?�]+.{0,3}");
    private static final Pattern PUBLISHED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern TOWNSHIP = Pattern.compile("(?<=[县区市，,。])([\\u4e00-\\u9fa5]{2,3}?)(镇|乡)(?![镇村政长])");
    private static final Map<String, RegionInfo> SUBJECTS = Map.of(
            "000", TestArticles.county("620122", "皋兰县", "620100"),
            "001", TestArticles.county("141034", "汾西县", "141000"),
            "002", TestArticles.county("222426", "安图县", "222400"),
            "003", new RegionInfo("620700", "张掖市", "prefecture", "620000", List.of()),
            "004", TestArticles.county("361104", "广信区", "361100"));

    @Test
    void seedsScoreAtLeastNinetyPercent() throws Exception {
        Path seeds = SharedMaterials.require("seeds");
        Path out = Path.of("target", "seed-extraction.jsonl");
        CatalogMetricExtractor extractor = new CatalogMetricExtractor();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                lines.add(json.writeValueAsString(extract(json, extractor, file)));
            }
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        assertEquals(SUBJECTS.size(), lines.size());
        Path scorer = SharedMaterials.require("tools/score_extraction.py");
        Path gold = SharedMaterials.require("gold/seeds.jsonl");
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), out.toString(),
                "--show-misses", "--min-f1", "0.90", "--min-precision", "0.90").redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        System.out.println("SEED SCORE\n" + report);
        assumeTrue(status != 2, "scorer could not read its input");
        assertEquals(0, status, report);
    }

    private static ObjectNode extract(ObjectMapper json, CatalogMetricExtractor extractor, Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String text = DOUBLED.matcher(HanLP.convertToSimplifiedChinese(GLOSS.matcher(raw).replaceAll(""))).replaceAll("$1");
        RegionInfo subject = SUBJECTS.get(file.getFileName().toString().substring(0, 3));
        CleanedArticle article = TestArticles.article(text, published(text), unreliable(text));
        RegionAnalysis regions = withTownships(text, subject);
        MetricResult result = extractor.extract(ArticleIds.of(raw), article, regions);
        ObjectNode node = json.createObjectNode();
        node.put("source", file.toString());
        ObjectNode a = node.putObject("article");
        a.put("publishedAt", article.publishedAt());
        a.set("region", json.valueToTree(Map.of("code", subject.code(), "name", subject.name(), "level", subject.level())));
        a.put("text", text);
        node.putArray("entities");
        node.set("metrics", json.valueToTree(result.observations()));
        node.set("quantities", json.valueToTree(result.quantities()));
        return node;
    }

    private static String published(String text) {
        Matcher m = PUBLISHED.matcher(text.substring(0, Math.min(600, text.length())));
        return m.find() ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }

    private static List<Span> unreliable(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = MOJIBAKE.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    /** Township mentions by a crude pattern, with made-up 9-digit codes under the subject. */
    private static RegionAnalysis withTownships(String text, RegionInfo subject) {
        Matcher m = TOWNSHIP.matcher(text);
        List<RegionInfo> townships = new ArrayList<>();
        int n = 100;
        while (m.find()) {
            String name = m.group(1) + m.group(2);
            if (townships.stream().noneMatch(t -> t.name().equals(name))) {
                townships.add(new RegionInfo(subject.code() + n++, name, "township", subject.code(), List.of()));
            }
        }
        return TestArticles.regions(text, subject, townships.toArray(RegionInfo[]::new));
    }
}

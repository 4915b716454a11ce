package io.tuopin.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; people and figures are invented. */
class HanlpEntityRecognizerTest {
    private static final HtmlArticleCleaner CLEANER = new HtmlArticleCleaner();
    private static final GazetteerRegionRecognizer REGIONS = new GazetteerRegionRecognizer();
    private static final HanlpEntityRecognizer ENTITIES = new HanlpEntityRecognizer();

    private static CleanedArticle article(String text, String publishedAt) {
        return CLEANER.clean(new ArticleInput("t", text, false, null, null, null, publishedAt));
    }

    private static List<Entity> entities(CleanedArticle a) {
        return ENTITIES.recognize(a, REGIONS.recognize(a));
    }

    private static List<Entity> ofType(List<Entity> all, String type) {
        return all.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void organisationsNeverSwallowFiguresOrPunctuation() {
        CleanedArticle a = article("全县建档立卡贫困人口2315户6870人，截至2019年底，累计减贫2100户6420人。"
                + "龙头企业带动贫困户318户1022人，人口5013户14560人全部受益。", null);
        for (Entity e : entities(a)) {
            if (!e.type().equals("date")) {
                assertFalse(e.text().matches(".*[0-9，。、].*"), () -> "entity eats a figure: " + e);
            }
        }
    }

    @Test
    void personsNeedASurnameAndACue() {
        CleanedArticle a = article("贫困户王建国今年58岁，家里种了3亩地。王建国说，日子越过越好。村民们常说好日子是干出来的。", null);
        List<Entity> persons = ofType(entities(a), "person");
        assertEquals(2, persons.size(), persons::toString);
        assertTrue(persons.stream().allMatch(p -> p.text().equals("王建国")));
    }

    @Test
    void placeNamesAreNotPersons() {
        CleanedArticle a = article("安图县今年投入资金1亿元，安图县群众满意度位列全省第一。", null);
        assertTrue(ofType(entities(a), "person").isEmpty());
    }

    @Test
    void organisationNamedAfterItsRegion() {
        CleanedArticle a = article("皋兰县扶贫开发办公室受到表彰。清河养殖有限公司吸纳就业50人。", null);
        List<String> orgs = ofType(entities(a), "organization").stream().map(Entity::text).toList();
        assertTrue(orgs.contains("皋兰县扶贫开发办公室"), orgs::toString);
    }

    @Test
    void datesGetNormalisedValues() {
        CleanedArticle a = article("截至2019年12月底，共投入资金5000万元。2020年10月15日通过验收。今年4月完成搬迁。", "2020-05-20");
        List<Entity> dates = ofType(entities(a), "date");
        assertEquals(List.of("2019年12月底", "2020年10月15日", "今年4月"), dates.stream().map(Entity::text).toList());
        assertEquals(List.of("2019-12", "2020-10-15", "2020-04"), dates.stream().map(Entity::value).toList());
    }

    @Test
    void dateEntitiesLeaveCueWordsOutAndShareThePeriodRules() {
        CleanedArticle a = article("2016年以来，全乡新修道路12公里。去年年底，新建水窖40口。", "2021-03-01");
        List<Entity> dates = ofType(entities(a), "date");
        assertEquals(List.of("2016年", "去年年底"), dates.stream().map(Entity::text).toList());
        assertEquals(List.of("2016", "2020-12"), dates.stream().map(Entity::value).toList());
    }

    @Test
    void relativeDateWithoutPublicationDateHasNoValue() {
        CleanedArticle a = article("今年4月完成搬迁。", null);
        Entity date = ofType(entities(a), "date").get(0);
        assertEquals("今年4月", date.text());
        assertNull(date.value());
    }

    @Test
    void spansIndexTheCleanedTextAndTheDecodedInput() {
        String input = "貧困戶王建國說(shuō),今年收入翻了一番。";
        CleanedArticle a = article(input, null);
        Entity person = ofType(entities(a), "person").get(0);
        assertEquals("王建国", a.text().substring(person.start(), person.end()));
        assertEquals("王建國", input.substring(person.sourceStart(), person.sourceEnd()));
    }
}

package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same indicators in the many ways county reports phrase them (sentences written by us). */
class PhrasingVariantsTest {
    private final CatalogMetricExtractor extractor = new CatalogMetricExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "全县共有贫困村45个，其中深度贫困村12个。|poor_villages|45",
            "2019年实现1.2万贫困人口稳定脱贫。|lifted_population|12000",
            "贫困人口由2014年的4.3万人减少到2019年底的0.12万人。|poor_population|43000",
            "全县贫困人口减少3.1万人。|lifted_population|31000",
            "全县共有建档立卡贫困户8635户、贫困人口31250人。|poor_population|31250",
            "农村居民人均可支配收入达到12500元，增长9.2%。|per_capita_net_income|12500",
            "全县2020年计划减贫500户。|lifted_households|500",
            "贫困发生率下降到1%以下。|poverty_incidence|1",
            "脱贫攻坚以来，全县共有132个贫困村退出。|poor_villages_exited|132",
            "全县有第一书记和驻村工作队员620名。|resident_cadres|620",
            "2018年，全县减少贫困人口8600人，贫困村出列28个。|poor_villages_exited|28",
            "截至2020年3月，全县还有未脱贫户213户587人。|remaining_poor_population|587",
            "全县光伏扶贫电站装机规模达3.5万千瓦。|pv_capacity|35",
            "全县农村低保对象1.2万人。|dibao_population|12000",
            "为3200名建档立卡贫困学生发放助学金560万元。|investment|5600000",
            "建档立卡贫困户年人均纯收入由2015年的2800元增加到2019年的9600元。|per_capita_net_income|9600",
            "全县贫困户户均增收3200元。|income_gain_per_household|3200",
            "贫困户危房改造3200户。|housing_renovation_households|3200",
    })
    void readsTheIndicator(String sentence, String indicator, String value) {
        List<Observation> obs = run(sentence);
        assertTrue(obs.stream().anyMatch(o -> o.indicator().equals(indicator) && o.value().compareTo(new BigDecimal(value)) == 0),
                sentence + " -> " + obs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "全县共有贫困村45个，其中深度贫困村12个。|poor_villages|12",
            "发放小额信贷2.3亿元，惠及贫困户5600户。|poor_households|5600",
            "投入产业扶贫资金1.2亿元，带动4200户贫困户增收。|poor_households|4200",
            "农村居民人均可支配收入达到12500元，增长9.2%。|poverty_incidence|9.2",
            "全县1.1万名干部与贫困户结对帮扶。|poor_population|11000",
            "对全县3000户贫困户开展排查。|poor_households|3000",
            "按照每户不超过5万元的标准给予补助。|investment|50000",
            "全县120个行政村实现宽带全覆盖，覆盖贫困村80个。|poor_villages|80",
            "3.5万贫困群众喝上了安全水。|poor_population|35000",
            "帮助2.6万名贫困人口解决饮水问题。|poor_population|26000",
            "为3200名建档立卡贫困学生发放助学金560万元。|poor_population|3200",
            "贫困户危房改造3200户。|poor_households|3200",
    })
    void doesNotMistakeTheFigureFor(String sentence, String indicator, String value) {
        List<Observation> obs = run(sentence);
        assertTrue(obs.stream().noneMatch(o -> o.indicator().equals(indicator) && o.value().compareTo(new BigDecimal(value)) == 0),
                sentence + " -> " + obs);
    }

    private List<Observation> run(String sentence) {
        return extractor.extract("v", TestArticles.article(sentence, "2020-11-10"),
                TestArticles.regions(sentence, TestArticles.county("620999", "青石县", "620900"))).observations();
    }
}

package io.tuopin.nlp.metric;

import static io.tuopin.nlp.support.Pipelines.find;
import static io.tuopin.nlp.support.Pipelines.summary;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.nlp.support.Pipelines;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways reports say a figure, read through the whole stage: lifting idioms, 口人, a total
 * without 人, a second figure without its unit, what remains after 减少到, relocation by 搬出, jobs in
 * public-welfare posts. Sentences written for this test (the county is real, the figures invented).
 */
class VocabularyTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "2019年，全县3242户13395名贫困人口摘掉了“穷帽子”。 | lifted_population | 13395",
            "2019年，全县3242户13395名贫困人口摘掉了“穷帽子”。 | lifted_households | 3242",
            "截至今年8月，已有83户133人越过贫困线。 | lifted_population | 133",
            "到2019年底，全县1204户贫困户全部销号。 | lifted_households | 1204",
            "去年全县贫困人口动态清零，2100人甩掉了贫困帽子。 | lifted_population | 2100",
            "全村共105户436口人。 | total_population | 436",
            "全县总人口85万，其中农村人口61万。 | total_population | 850000",
            "全县8.6万贫困人口中已有7.9万实现脱贫。 | poor_population | 86000",
            "全县8.6万贫困人口中已有7.9万实现脱贫。 | lifted_population | 79000",
            "全县312个贫困村已累计出列289个。 | poor_villages | 312",
            "全县312个贫困村已累计出列289个。 | poor_villages_exited | 289",
            "到2019年底，全县建档立卡贫困人口减少到2731人。 | remaining_poor_population | 2731",
            "全县贫困户由2014年的5400户降到2019年的320户。 | poor_households | 5400",
            "全县贫困户由2014年的5400户降到2019年的320户。 | remaining_poor_households | 320",
            "2018年以来，全县从山区乡镇搬出3063户14000名建档立卡贫困群众。 | relocated_households | 3063",
            "2018年以来，全县从山区乡镇搬出3063户14000名建档立卡贫困群众。 | relocated_population | 14000",
            "全县通过公益岗位安置贫困劳动力3584人。 | employed_poor_labor | 3584",
            "其中保洁、护林等公益岗位安置3584人。 | employed_poor_labor | 3584",
            "贫困发生率从12.6%下降到0。 | poverty_incidence | 0",
            "全县建成扶贫车间56个，12,680名贫困群众在家门口就业。 | employed_poor_labor | 12680",
            "开展春风行动转移就业贫困劳动力2.3万人。 | employed_poor_labor | 23000",
            "全村外出务工贫困劳动力达到210人。 | employed_poor_labor | 210",
            "全县有驻村工作队139支、驻村队员556名。 | resident_cadres | 556",
            "全县贫困人口占比由24.6%降至0.57%。 | poverty_incidence | 0.57",
            "贫困人口占农村人口的比例为24.6%。 | poverty_incidence | 24.6",
            "全县贫困发生率大幅下降，由12.5%降至0.5%。 | poverty_incidence | 0.5",
            "全县农民人均可支配收入突破万元大关，达到10238元。 | per_capita_net_income | 10238",
            "全县建档立卡贫困人口逐年减少，从2014年的3.2万人减少到2019年的1200人。 | remaining_poor_population | 1200",
    })
    void readsTheIndicator(String sentence, String indicator, String value) {
        List<Observation> obs = Pipelines.process("会宁县脱贫攻坚工作汇报\n" + sentence + "\n").observations();
        assertTrue(find(obs, indicator, value).filter(o -> o.region() != null && "会宁县".equals(o.region().name()))
                .isPresent(), sentence + " -> " + summary(obs));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
            "全县尚有13户26名未脱贫人口。 | lifted_population | 26",
            "全县建档立卡贫困人口减少到2731人。 | lifted_population | 2731",
            "全县人口由搬迁前的544人增加到1395人。 | relocated_population | 1395",
            "全县享受农村低保5697户，其中贫困户4211户。 | poor_households | 4211",
            "全县贫困村123个（其中深度贫困村64个）。 | poor_villages | 64",
            "全县建档立卡贫困户21364户，其中一般贫困户8432户。 | poor_households | 8432",
            "全县脱贫攻坚成效显著，培训5000人。 | lifted_population | 5000",
            "贫困发生率=年末未脱贫人口÷乡村户籍人口×100%。 | poverty_incidence | 100",
            "每天选派1名干部参与疫情防控。 | resident_cadres | 1",
            "脱贫路上不落一人，全县贫困群众如期脱贫。 | lifted_population | 1",
            "在会宁县新塬村，贫困户王桂英一家5口人靠两亩薄田过活。 | poor_population | 5",
            "2016年，她家养起了黄牛，2019年家庭人均收入达到1.2万元。 | per_capita_net_income | 12000",
            "脱贫攻坚一户不落，全县贫困户全部脱贫。 | lifted_households | 1",
    })
    void doesNotReadItAs(String sentence, String indicator, String value) {
        List<Observation> obs = Pipelines.process("会宁县脱贫攻坚工作汇报\n" + sentence + "\n").observations();
        assertTrue(find(obs, indicator, value).isEmpty(), sentence + " -> " + summary(obs));
    }
}

package io.tuopin.nlp.metric;

import static io.tuopin.nlp.support.Pipelines.find;
import static io.tuopin.nlp.support.Pipelines.summary;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.support.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A county work report that only says 我县 and 全县: its figures are read, with the region unknown. */
class UnnamedPlaceTest {

    @Test
    void figuresOfAnArticleThatNamesNoPlaceHaveNoRegion() {
        Extraction e = Pipelines.process("""
                我县脱贫攻坚工作情况汇报
                2020年，全县贫困人口由1200人减少到300人，贫困发生率从12.6%下降到0。我县投入扶贫资金2.3亿元。
                """);
        List<Observation> obs = e.observations();
        assertNull(e.subject());
        assertTrue(find(obs, "remaining_poor_population", "300").filter(o -> o.region() == null).isPresent(), summary(obs));
        assertTrue(find(obs, "poverty_incidence", "0").filter(o -> o.region() == null).isPresent(), summary(obs));
        assertTrue(find(obs, "investment", "230000000").filter(o -> o.region() == null).isPresent(), summary(obs));
    }
}

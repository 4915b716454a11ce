package io.tuopin.metrics.repository.seed;

import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.repository.RegionRepository;
import io.tuopin.metrics.support.PostgresRequired;
import io.tuopin.metrics.support.TestEvents;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed ran once at start; running it again over event-written rows changes nothing. */
@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class RegionSeedTest {
    private static final String TOWNSHIP = "620722101";
    private static final String VILLAGE = TOWNSHIP + "/洪水测试村";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegionRepository regions;

    @Test
    void theSeedIsRecordedOnceAsARepeatableMigration() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), min(checksum) from flyway_schema_history"
                     + " where description = 'gazetteer regions' and success")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(GazetteerFingerprint.checksum(), rs.getInt(2));
        }
    }

    @Test
    void eventRowsAgreeWithTheSeedAndVillagesSurviveIt() throws SQLException {
        publishArticleAboutAVillage();
        assertNotNull(regions.findById(VILLAGE));

        assertEquals(new RegionSeedWriter.Counts(0, 0), seedAgainAndRollBack(null));
        assertEquals(new RegionSeedWriter.Counts(0, 1), seedAgainAndRollBack(
                "update region set region_level = 'unknown', parent_key = null, aliases = null"
                        + " where region_key = '620722'"));
        assertNotNull(regions.findById(VILLAGE));
    }

    private RegionSeedWriter.Counts seedAgainAndRollBack(String change) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (change != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate(change);
                    }
                }
                return new RegionSeedWriter(connection).write(GazetteerRegions.all(Gazetteer.standard()));
            } finally {
                connection.rollback();
            }
        }
    }

    /** The entities record carries the hierarchy as the NLP stage describes it from the gazetteer. */
    private static void publishArticleAboutAVillage() {
        Gazetteer gazetteer = Gazetteer.standard();
        List<RegionInfo> chain = new ArrayList<>(
                gazetteer.ancestors(TOWNSHIP).stream().map(gazetteer::toRegionInfo).toList());
        Collections.reverse(chain);
        chain.add(gazetteer.toRegionInfo(gazetteer.byCode(TOWNSHIP).orElseThrow()));
        chain.add(new RegionInfo(null, "洪水测试村", "village", TOWNSHIP, null));
        String article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article, TestEvents.entities(article, T1, "村里的新路",
                new RegionRef(null, "洪水测试村", "village"), chain)));
    }
}

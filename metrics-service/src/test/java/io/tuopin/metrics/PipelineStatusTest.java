package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.support.PostgresRequired;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** GET /api/status asks the broker through one admin client that lives as long as the service. */
@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class PipelineStatusTest {

    @Test
    void statusCallsShareOneAdminClient() throws Exception {
        for (int call = 0; call < 3; call++) {
            given().get("/api/status").then().statusCode(200).body("kafka", equalTo("up"));
        }
        // every open Kafka admin client registers its app-info MBean, named after its client.id
        ObjectName statusClients = new ObjectName("kafka.admin.client:type=app-info,id=metrics-service-status*");
        assertEquals(1, ManagementFactory.getPlatformMBeanServer().queryNames(statusClients, null).size());
    }
}

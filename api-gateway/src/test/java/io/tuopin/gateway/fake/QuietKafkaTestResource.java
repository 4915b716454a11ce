package io.tuopin.gateway.fake;

import io.tuopin.kafka.local.KafkaTestResource;
import java.util.Map;
import org.apache.kafka.common.utils.Exit;

/**
 * The shared in-process broker, with Kafka's halt disarmed: when the test JVM exits, the broker's
 * shutdown hook races the deletion of its temporary log directory, Kafka sees a "log dir failure"
 * and halts the JVM with status 1, which fails a build whose tests all passed. Belongs in
 * kafka-local's TestKafkaBroker; kept here until it is there.
 */
public class QuietKafkaTestResource extends KafkaTestResource {

    @Override
    public Map<String, String> start() {
        Exit.setHaltProcedure((status, message) ->
                System.err.println("[api-gateway tests] ignored Kafka halt(" + status + "): " + message));
        return super.start();
    }
}

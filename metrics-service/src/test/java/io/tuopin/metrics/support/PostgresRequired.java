package io.tuopin.metrics.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

/**
 * The tests run against the PostgreSQL on 127.0.0.1:5432 (CI provides it). When it does not answer
 * they fail at once with this message instead of a pool timeout deep in Hibernate.
 */
public class PostgresRequired implements QuarkusTestResourceLifecycleManager {
    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;

    @Override
    public Map<String, String> start() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 3000);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not answering on " + HOST + ":" + PORT
                    + ": metrics-service tests need it (database 'test', user postgres, trust auth). "
                    + "Start PostgreSQL and run the tests again.", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // nothing started here
    }
}

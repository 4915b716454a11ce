package io.tuopin.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local run (QUARKUS_PROFILE=local, as bin/run-local starts every service) listens on
 * 127.0.0.1 only: from another address of the machine, nothing answers. metrics-service, which
 * the local run builds with its own profile, carries the same setting.
 */
class LocalRunBindingIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "ingest-service", "nlp-service"})
    void aServiceOfTheLocalRunIsReachableOnlyFromThisMachine(String module) throws Exception {
        InetAddress otherAddress = nonLoopbackAddress();
        int port = SystemUnderTest.freePort();
        Path work = Files.createDirectories(ROOT.resolve("e2e-tests/target/local-binding-" + module));
        ServiceProcess service = ServiceProcess.quarkus(module, ROOT, port, Map.of(
                "QUARKUS_PROFILE", "local",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9",
                "TUOPIN_INBOX_ENABLED", "false",
                "TUOPIN_DATA_DIR", work.toString()), work.resolve("logs"));
        try {
            service.start().awaitListening(port, STARTUP);
            assertThrows(IOException.class, () -> connect(new InetSocketAddress(otherAddress, port)),
                    module + " must not answer on " + otherAddress.getHostAddress());
        } finally {
            service.stop();
        }
    }

    private static void connect(InetSocketAddress address) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2000);
        }
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        }
        Assumptions.abort("this machine has no address but loopback");
        return null;
    }
}

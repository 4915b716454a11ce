package io.tuopin.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One process of the system (broker or service), started from the built artifacts, logging to a file. */
final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private Process process;

    ServiceProcess(String name, List<String> command, Map<String, String> env, Path logDir) {
        this(name, command, env, logDir, -1);
    }

    private ServiceProcess(String name, List<String> command, Map<String, String> env, Path logDir, int port) {
        this.name = name;
        this.command = command;
        this.env = env;
        this.log = logDir.resolve(name + ".log");
        this.port = port;
    }

    static ServiceProcess quarkus(String module, Path root, int port, Map<String, String> env, Path logDir) {
        return quarkus(module, module, root, port, env, logDir);
    }

    /** One instance of a service; {@code name} tells replicas apart (log file, reports). */
    static ServiceProcess quarkus(String name, String module, Path root, int port, Map<String, String> env,
                                  Path logDir) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toString();
        return new ServiceProcess(name, List.of(javaBin(), "-Xmx512m", "-jar", jar), all, logDir, port);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    ServiceProcess start() throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        return this;
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        awaitHealthy(port, timeout);
    }

    void awaitHealthy(int port, Duration timeout) throws InterruptedException {
        awaitCondition(() -> isReady(port), timeout);
    }

    /** Waits until something accepts connections on 127.0.0.1:port (ready or not). */
    void awaitListening(int port, Duration timeout) throws InterruptedException {
        awaitCondition(() -> accepts(port), timeout);
    }

    private static boolean accepts(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void awaitLogLine(String text, Duration timeout) throws InterruptedException {
        awaitCondition(() -> logContains(text), timeout);
    }

    private void awaitCondition(BooleanSupplier ready, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    private boolean logContains(String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isReady(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Graceful stop (SIGTERM), then forced after 30 s. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGKILL: the process gets no chance to leave its consumer group or finish anything. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The most resident memory the process has had (VmHWM), in KiB; -1 when it cannot be read. */
    long peakRssKib() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }
}

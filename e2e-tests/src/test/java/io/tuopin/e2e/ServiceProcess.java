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
    private Process process;

    ServiceProcess(String name, List<String> command, Map<String, String> env, Path logDir) {
        this.name = name;
        this.command = command;
        this.env = env;
        this.log = logDir.resolve(name + ".log");
    }

    static ServiceProcess quarkus(String module, Path root, int port, Map<String, String> env, Path logDir) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toString();
        return new ServiceProcess(module, List.of(javaBin(), "-Xmx512m", "-jar", jar), all, logDir);
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

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }
}

package se.rjh.mtp.system.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/** A service or the broker in a JVM of its own, so that it can be killed like a crashed process: SIGKILL, no shutdown hooks. */
record ChildProcess(Process process, int port, Path log) implements AutoCloseable {

    /** A Spring Boot service on {@code port}; returns once its health endpoint answers. */
    static ChildProcess start(Class<?> mainClass, int port, Path log, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=" + port));
        all.addAll(List.of(args));
        ChildProcess child = launch(mainClass, port, log, all);
        child.awaitReady(mainClass.getSimpleName() + " answers on port " + port, child::healthy);
        return child;
    }

    /** Any other main (e.g. {@link BrokerProcess}); returns once {@code ready} holds. */
    static ChildProcess start(Class<?> mainClass, Path log, String readyWhen, BooleanSupplier ready, String... args) {
        ChildProcess child = launch(mainClass, -1, log, List.of(args));
        child.awaitReady(readyWhen, ready);
        return child;
    }

    private static ChildProcess launch(Class<?> mainClass, int port, Path log, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            return new ChildProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(String what, BooleanSupplier ready) {
        Await.until(what + " (log: " + log + ")", Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("The child process exited with " + process.exitValue() + " (log: " + log + ")");
            }
            return ready.getAsBoolean();
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private boolean healthy() {
        try {
            return TestHttp.get(url("/actuator/health"), null).status() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** SIGKILL: the JVM gets no chance to flush, publish or store a token. */
    void kill() {
        process.destroyForcibly();
        Await.interruptibly(process::waitFor);
    }

    /** The exit status once ended: 137 (128 + 9) after a SIGKILL. */
    int exitValue() {
        return process.exitValue();
    }

    static Path logFile(String name) {
        return new File("target", name + ".log").toPath().toAbsolutePath();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}

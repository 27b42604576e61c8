package se.rjh.mtp.system.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/** A service in a JVM of its own, so that it can be killed like a crashed process: SIGKILL, no shutdown hooks. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChildProcess start(Class<?> mainClass, int port, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), mainClass.getName(), "--server.port=" + port));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        try {
            ChildProcess child = new ChildProcess(builder.start(), port);
            Await.until(mainClass.getSimpleName() + " answers on port " + port + " (log: " + log + ")",
                    Duration.ofSeconds(120), child::isUp);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private boolean isUp() {
        if (!process.isAlive()) {
            throw new AssertionError("The child process exited with " + process.exitValue());
        }
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

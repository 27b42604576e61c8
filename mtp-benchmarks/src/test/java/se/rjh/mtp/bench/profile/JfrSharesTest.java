package se.rjh.mtp.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrSharesTest {

    private static volatile long sink;

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void recordASpinningThread() throws Exception {
        file = recordSpinning(dir, "spinner-7");
    }

    @Test
    void aBusyThreadsMethodCarriesItsSamples() throws Exception {

        List<JfrShares.Sample> spinnerSamples = JfrShares.read(file, Long.MIN_VALUE, Long.MAX_VALUE).stream()
                .filter(s -> s.thread().equals("spinner-N")).toList();
        assertThat(spinnerSamples).isNotEmpty();
        Map<String, Integer> inclusive = JfrShares.count(spinnerSamples, s -> java.util.Set.copyOf(s.frames()));
        String spin = JfrSharesTest.class.getName() + ".spinForASecond";
        // Every sample of that thread is inside the method it runs; the count is the figure, not a time.
        assertThat(JfrShares.share(inclusive.getOrDefault(spin, 0), spinnerSamples.size())).isEqualTo(100.0);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        JfrShares.report(spinnerSamples, JfrShares.Options.parse(file.toString(), "--callers", "spinForASecond"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(spinnerSamples.size() + " execution samples")
                .contains("100.0 %  spinner-N")
                .contains("callers of frames containing 'spinForASecond'");
    }

    @Test
    void aWindowLeavesOutWhatFallsOutsideIt() throws Exception {

        assertThat(JfrShares.read(file, Long.MIN_VALUE, Long.MAX_VALUE)).isNotEmpty();
        assertThat(JfrShares.read(file, 0, 1)).isEmpty();
    }

    @Test
    void packagesAreTheFirstFourSegmentsOfTheClassName() {
        assertThat(JfrShares.packageOf("org.bson.codecs.DocumentCodec.encode")).isEqualTo("org.bson.codecs");
        assertThat(JfrShares.packageOf("de.bwaldvogel.mongo.wire.bson.BsonEncoder.encodeValue"))
                .isEqualTo("de.bwaldvogel.mongo.wire");
        assertThat(JfrShares.packageOf("Main.run")).isEqualTo("Main");
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> JfrShares.Options.parse()).hasMessageContaining("Usage");
        assertThatThrownBy(() -> JfrShares.Options.parse("x.jfr", "--since", "1")).hasMessageContaining("--since");
        assertThatThrownBy(() -> JfrShares.Options.parse("x.jfr", "--top")).hasMessageContaining("needs a value");
        assertThat(JfrShares.Options.parse("x.jfr", "--from", "5", "--top", "3").from()).isEqualTo(5);
    }

    /**
     * Execution samples every 10 ms while a thread of the given name spins, repeated until the recording holds at
     * least three of its samples: on a busy machine the sampler may see a thread rarely.
     */
    private static Path recordSpinning(Path dir, String thread) throws Exception {
        Path recorded = dir.resolve("spin.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            for (int attempt = 0; attempt < 20 && samplesOf(recorded, thread) < 3; attempt++) {
                Thread spinner = new Thread(JfrSharesTest::spinForASecond, thread);
                spinner.start();
                spinner.join();
                recording.dump(recorded);
            }
            recording.stop();
        }
        return recorded;
    }

    private static long samplesOf(Path file, String thread) throws Exception {
        return !file.toFile().exists() ? 0 : JfrShares.read(file, Long.MIN_VALUE, Long.MAX_VALUE).stream()
                .filter(s -> s.thread().equals(thread.replaceAll("[0-9]+", "N"))).count();
    }

    private static void spinForASecond() {
        long until = System.nanoTime() + 1_000_000_000L;
        long x = 0;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        sink = x;
    }
}

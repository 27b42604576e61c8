package se.rjh.mtp.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JDK Flight Recorder file, as shares of its execution samples: per thread, per top frame
 * (self time), and per method and package anywhere on the stack (inclusive). The figures BENCHMARKS.md quotes come
 * from here, so a reader can reproduce them from the same recording. A time window cuts out what surrounds the
 * measured phase (start-up, a digest); {@code --callers} shows the call chains above one frame.
 * <p>
 * Run: {@code mtp-benchmarks/run-jfr-shares.sh <recording.jfr> [--from EPOCH_MS] [--to EPOCH_MS] [--top N]
 * [--callers TEXT] [--depth N]}.
 */
public final class JfrShares {

    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

    /** One execution sample: its thread (digits folded, so pool threads add up) and its frames, top first. */
    record Sample(String thread, List<String> frames) {
    }

    /** What to count; {@code callers} is the text a frame must contain to show its callers, or {@code null}. */
    record Options(Path recording, long from, long to, int top, String callers, int depth) {

        static Options parse(String... args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("Usage: run-jfr-shares.sh <recording.jfr> [--from EPOCH_MS] "
                        + "[--to EPOCH_MS] [--top N] [--callers TEXT] [--depth N]");
            }
            long from = Long.MIN_VALUE;
            long to = Long.MAX_VALUE;
            int top = 25;
            String callers = null;
            int depth = 8;
            for (int i = 1; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--from" -> from = Long.parseLong(value);
                    case "--to" -> to = Long.parseLong(value);
                    case "--top" -> top = Integer.parseInt(value);
                    case "--callers" -> callers = value;
                    case "--depth" -> depth = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(Path.of(args[0]), from, to, top, callers, depth);
        }
    }

    private JfrShares() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        report(read(options.recording(), options.from(), options.to()), options, System.out);
    }

    /** The execution samples taken between the two instants (epoch milliseconds, both included). */
    static List<Sample> read(Path recording, long from, long to) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                long at = event.getStartTime().toEpochMilli();
                if (!EXECUTION_SAMPLE.equals(event.getEventType().getName()) || at < from || at > to
                        || event.getStackTrace() == null) {
                    continue;
                }
                RecordedThread thread = event.getThread("sampledThread");
                String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                List<String> frames = event.getStackTrace().getFrames().stream().map(JfrShares::name).toList();
                samples.add(new Sample(name.replaceAll("[0-9]+", "N"), frames));
            }
        }
        return samples;
    }

    static void report(List<Sample> samples, Options options, PrintStream out) {
        out.printf("%d execution samples%n", samples.size());
        print(out, "thread", count(samples, s -> Set.of(s.thread())), samples.size(), options.top());
        print(out, "top frame (self)", count(samples, s -> s.frames().isEmpty() ? Set.of()
                : Set.of(s.frames().get(0))), samples.size(), options.top());
        print(out, "package on the stack (inclusive)", count(samples, s -> unique(s.frames(), JfrShares::packageOf)),
                samples.size(), options.top());
        print(out, "method on the stack (inclusive)", count(samples, s -> unique(s.frames(), f -> f)),
                samples.size(), options.top() * 2);
        if (options.callers() != null) {
            print(out, "callers of frames containing '" + options.callers() + "'",
                    count(samples, s -> callers(s, options.callers()::contains, options.depth())), samples.size(),
                    options.top());
        }
    }

    /** In how many samples each key occurs, a sample counting once per key. */
    static Map<String, Integer> count(List<Sample> samples, java.util.function.Function<Sample, Set<String>> keys) {
        Map<String, Integer> counts = new HashMap<>();
        samples.forEach(s -> keys.apply(s).forEach(k -> counts.merge(k, 1, Integer::sum)));
        return counts;
    }

    /** Share of all samples in percent, one decimal. */
    static double share(int count, int total) {
        return total == 0 ? 0 : Math.round(1000.0 * count / total) / 10.0;
    }

    private static Set<String> unique(List<String> frames, java.util.function.Function<String, String> key) {
        Set<String> keys = new HashSet<>();
        frames.forEach(f -> keys.add(key.apply(f)));
        return keys;
    }

    /** The first frame matching, with the frames that called it, as one key. */
    private static Set<String> callers(Sample sample, Predicate<String> match, int depth) {
        List<String> frames = sample.frames();
        for (int i = 0; i < frames.size(); i++) {
            if (match.test(frames.get(i))) {
                return Set.of(String.join("\n        <- ", frames.subList(i, Math.min(frames.size(), i + depth))));
            }
        }
        return Set.of();
    }

    /** The class's first four name segments: enough to tell a library's parts apart (org.bson.codecs, …). */
    static String packageOf(String frame) {
        String type = frame.substring(0, Math.max(0, frame.lastIndexOf('.')));
        String[] parts = type.split("\\.");
        return parts.length <= 2 ? type : String.join(".", List.of(parts).subList(0, Math.min(4, parts.length - 1)));
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int total, int top) {
        out.printf("%n== share of samples by %s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "%6.1f %%  %s%n", share(e.getValue(), total), e.getKey()));
    }
}

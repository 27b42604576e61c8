package se.rjh.mtp.local;

import java.util.List;

/**
 * The JVM options of every JVM the local stack runs, chosen by measurement (BENCHMARKS.md, "JVM set-up" and "The
 * whole local stack's memory"). Each set can be replaced by an environment variable, e.g. to try other flags.
 */
public final class LocalJvmOptions {

    /**
     * Every local JVM hands memory it no longer uses back. The heap starts small ({@code -Xms32m}; left out, it starts
     * at a 64th of the machine's memory, capped by {@code -Xmx}, is all touched before the first full collection and
     * never shrinks below that) and then follows the live data with the JVM's default headroom (40–70 % free after a
     * full collection): a tighter band (10–30 %) measured 5–10 times more full collections under load. glibc's freed
     * native memory is trimmed every 10 s (needs JDK 17.0.9 or later). {@code mtp-local.sh} writes these out for the
     * infrastructure JVM, which starts before any Java runs; {@code LocalJvmOptionsTest} keeps the two alike.
     */
    public static final String GIVE_BACK_MEMORY = "-Xms32m -XX:+UnlockExperimentalVMOptions "
            + "-XX:TrimNativeHeapInterval=10000";

    /**
     * What every local JVM shares: one that runs out of heap stops, with the error in its log, instead of running on
     * with the threads the error killed (an overload once left reporting-service up but answering nothing, its
     * Tomcat poller thread dead); and {@link #GIVE_BACK_MEMORY}. The images set the same flag.
     */
    public static final String EVERY_JVM = "-XX:+ExitOnOutOfMemoryError " + GIVE_BACK_MEMORY;

    /** Each service: C1 only and the serial collector, for a quick start and a small footprint on two cores. */
    public static final String SERVICES = "-Xmx192m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m " + EVERY_JVM;

    /**
     * The portal and the authorization server: the services' lean set with a heap just above the portal's live data
     * after the portal mix (38 MB), a small young generation, and C1 compiling only methods that stay hot past
     * start-up.
     */
    public static final String PORTAL = "-Xmx52m -Xmn8m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:CompileThresholdScaling=10 -XX:ReservedCodeCacheSize=24m -XX:MaxMetaspaceSize=96m "
            + EVERY_JVM;

    private LocalJvmOptions() {
    }

    /** {@code defaults}, or what the environment variable says instead, as separate arguments. */
    public static List<String> fromEnvironment(String variable, String defaults) {
        String chosen = System.getenv(variable);
        return List.of((chosen == null || chosen.isBlank() ? defaults : chosen).trim().split("\\s+"));
    }
}

package se.rjh.mtp.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load average (1/5/15 min, {@code /proc/loadavg}). The machine is shared: a run or step that STARTED
 * above {@link #BUSY} (the core count of the reference machine) measures the other tenants as much as the system, and
 * the report says so.
 */
record LoadAverage(double one, double five, double fifteen) {

    static final double BUSY = 2.0;

    /** {@code "0.52 1.10 0.98 2/345 6789"}: the first three fields. */
    static LoadAverage parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length < 3) {
            throw new IllegalArgumentException("Not a load average: " + text);
        }
        return new LoadAverage(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                               Double.parseDouble(parts[2]));
    }

    /** Null where there is no {@code /proc/loadavg} (not Linux). */
    static LoadAverage read() {
        try {
            return parse(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    boolean busy() {
        return one > BUSY;
    }

    /** "1.20 / 0.80 / 0.50", with " (busy machine)" when {@code flagBusy} and the 1-minute average is above 2.0. */
    static String describe(LoadAverage load, boolean flagBusy) {
        if (load == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f%s", load.one, load.five, load.fifteen,
                             flagBusy && load.busy() ? " (busy machine)" : "");
    }
}

package se.rjh.mtp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects figures, prints them as they come and writes a Markdown table at the end. */
final class Report {

    private record Row(String backend, String measure, String value, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();

    void add(String backend, String measure, double value, String unit, String note) {
        String formatted = String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : "%,.2f %s", value, unit);
        rows.add(new Row(backend, measure, formatted, note));
        System.out.printf(Locale.ROOT, "%-8s %-55s %18s  %s%n", backend, measure, formatted, note);
    }

    void target(String name, double actual, String comparison, double limit, boolean met) {
        String line = String.format(Locale.ROOT, "| %s | %,.2f | %s %,.2f | %s |", name, actual, comparison, limit,
                                    met ? "met" : "MISSED");
        targets.add(line);
        System.out.println("TARGET " + line);
    }

    void write(Path file, String header) throws IOException {
        StringBuilder md = new StringBuilder(header).append("\n\n| backend | measure | value | note |\n|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.backend).append(" | ").append(r.measure).append(" | ").append(r.value)
              .append(" | ").append(r.note).append(" |\n");
        }
        md.append("\n| target | actual | required | result |\n|---|---|---|---|\n");
        targets.forEach(t -> md.append(t).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
        System.out.println("Written " + file.toAbsolutePath());
    }
}

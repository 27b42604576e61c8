package se.rjh.mtp.reporting.readmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.rjh.mtp.api.reporting.view.PercentileSummary;

/** Median and 90th percentile by the nearest-rank method (a value that really occurred, no interpolation). */
public final class Percentiles {

    private Percentiles() {
    }

    public static PercentileSummary summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new PercentileSummary(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
    }

    /** A summary per key, keys sorted. */
    public static Map<String, PercentileSummary> summaries(Map<String, List<Double>> values) {
        Map<String, PercentileSummary> out = new TreeMap<>();
        values.forEach((key, list) -> out.put(key, summary(list)));
        return out;
    }

    static Double rank(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return round(sorted.get(Math.max(0, index)));
    }

    public static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}

package se.rjh.mtp.reporting.readmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Median and 90th percentile by the nearest-rank method (a value that really occurred, no interpolation). */
public final class Percentiles {

    private Percentiles() {
    }

    public static Map<String, Object> summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", sorted.size());
        summary.put("median", rank(sorted, 0.5));
        summary.put("p90", rank(sorted, 0.9));
        return summary;
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

package se.rjh.mtp.bench.load;

import java.util.HashMap;
import java.util.Map;

/** Base URLs of the four services. */
record Targets(String cases, String groups, String guidelines, String reporting) {

    static Targets local() {
        return new Targets("http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8083",
                           "http://127.0.0.1:8084");
    }

    /** {@code case=URL,group=URL,guideline=URL,reporting=URL}; missing entries default to the local ports. */
    static Targets parse(String text) {
        Map<String, String> map = new HashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("Expected name=URL, got " + pair);
            }
            map.put(kv[0].trim(), strip(kv[1].trim()));
        }
        Targets local = local();
        return new Targets(map.getOrDefault("case", local.cases), map.getOrDefault("group", local.groups),
                           map.getOrDefault("guideline", local.guidelines),
                           map.getOrDefault("reporting", local.reporting));
    }

    Map<String, String> byService() {
        return Map.of("case-service", cases, "group-service", groups, "guideline-service", guidelines,
                      "reporting-service", reporting);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package se.rjh.mtp.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Heap of the system under load. Embedded: this JVM's heap after a full GC ({@code System.gc()}), services and
 * infrastructure together. Running services: {@code jvm_memory_used_bytes{area="heap"}} from each service's
 * {@code /actuator/prometheus} as admin, summed over pools; no GC can be forced there, so it is noisier.
 *
 * @param external null: measure this JVM
 */
record HeapProbe(Client client, Targets external) {

    /** Used heap in MB, per service (running services) or {@code "jvm (all four + infrastructure)"}. */
    Map<String, Double> measure() throws InterruptedException {
        Map<String, Double> heap = new LinkedHashMap<>();
        if (external == null) {
            for (int i = 0; i < 2; i++) {
                System.gc();
                Thread.sleep(200);
            }
            heap.put("jvm (all four services + Kafka + Mongo server), after full GC",
                     ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
            return heap;
        }
        external.byService().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Client.Reply reply = client.sendAndWait("GET", e.getValue() + "/actuator/prometheus", "admin", null);
            heap.put(e.getKey() + " (no forced GC)", reply.ok() ? heapFromPrometheus(reply.body()) / 1e6 : Double.NaN);
        });
        return heap;
    }

    /** Heap in use after the last collection, summed over heap pools: a GC-noise-free trend without forcing GC. */
    static double afterLastCollectionMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used / 1e6;
    }

    static double heapFromPrometheus(String text) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}

package se.rjh.mtp.platform.web;

import jakarta.servlet.FilterChain;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What {@link RequestTimeoutFilter}'s hop to a worker thread costs per request, next to the same trivial chain called
 * directly: wall time, process CPU time and bytes allocated (live threads) per request, with 1 and with 4 callers at once. Prints
 * figures, asserts nothing. Run from the test classpath:
 * {@code java -cp ... se.rjh.mtp.platform.web.RequestTimeoutFilterCost}; sizes by {@code -Dmtp.bench.requests}.
 */
public final class RequestTimeoutFilterCost {

    private static final byte[] BODY = "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);

    private interface Call {
        void handle(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception;
    }

    private RequestTimeoutFilterCost() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("mtp.bench.requests", 100_000);
        FilterChain chain = (request, response) -> response.getOutputStream().write(BODY);
        RequestTimeoutFilter filter = new RequestTimeoutFilter(Duration.ofSeconds(30), Integer.MAX_VALUE);
        try {
            for (int round = 0; round < 3; round++) {
                for (int callers : new int[]{1, 4}) {
                    measure("direct", requests, callers, chain::doFilter);
                    measure("timeout filter", requests, callers, (request, response) ->
                            filter.doFilter(request, response, chain));
                }
            }
        } finally {
            filter.destroy();
        }
    }

    private static void measure(String what, int requests, int callers, Call call) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExecutorService clients = Executors.newFixedThreadPool(callers);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long allocatedBefore = allocated(threads);
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < requests / callers; i++) {
                    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases");
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    call.handle(request, response);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long nanos = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long bytes = allocated(threads) - allocatedBefore;
        clients.shutdown();
        System.out.printf("%-15s callers %d: %7.2f us/request wall, %7.2f us/request CPU (process), %6d bytes "
                          + "allocated/request (live threads)%n", what, callers, nanos / 1000.0 / requests,
                          cpu / 1000.0 / requests, bytes / requests);
    }

    /** Bytes allocated so far by the live threads (pool threads live on between rounds). */
    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }
}

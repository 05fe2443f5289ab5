package ado.benchmarks;

import ado.core.AdoClient;
import ado.core.Paging;
import ado.core.auth.Credentials;
import ado.core.json.JsonCodec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collections;
import java.util.List;

/**
 * Scenario 4: streams 100,000 builds (1,000 pages of 100 by {@code x-ms-continuationtoken}) through
 * {@code ApiRequest.stream(Paging)} in a small heap, to show that the stream holds one page at a time. The server
 * serves the same pre-built page 1,000 times (one array, so the server adds nothing to the heap).
 *
 * <p>Run: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar ado.benchmarks.LargeListRun}
 */
public final class LargeListRun {

    private static final int PAGES = 1000;

    private LargeListRun() {
    }

    public static void main(String[] args) {
        var data = new BenchData(42);
        JsonCodec writer = JsonCodec.builtin();
        byte[] page = data.buildPages(ClientBenchmark.PAGE_SIZE, ClientBenchmark.PAGE_SIZE, writer).get(0);
        try (var server = AdoShapedServer.start(data.projectList(1, writer), new byte[0], List.of(), 100,
                Collections.nCopies(PAGES, page))) {
            AdoClient client = AdoClient.builder().organization(server.organization()).environment(name -> null)
                    .credentials(Credentials.anonymous()).jsonCodec(JsonCodec.builtin()).build();
            resetPeaks();
            long start = System.nanoTime();
            long[] seen = new long[1];
            long count = client.api().project(ClientBenchmark.PROJECT).apis("build", "builds").get("7.1")
                    .stream(Paging.continuationHeader(ClientBenchmark.Build.class))
                    .peek(build -> seen[0] += build.id())
                    .count();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("streamed %,d builds (%d pages of %,d B) in %,d ms with -Xmx%d MB; peak heap used"
                            + " (sum of pool peaks) %.1f MB%n", count, PAGES, page.length, millis,
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap() / 1048576.0);
            if (count != (long) PAGES * ClientBenchmark.PAGE_SIZE || seen[0] == 0) {
                throw new IllegalStateException("expected " + PAGES * ClientBenchmark.PAGE_SIZE + " builds, got "
                        + count);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}

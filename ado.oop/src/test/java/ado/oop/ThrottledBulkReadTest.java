package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import ado.emulator.Throttling;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 18: 10,000 work items read through the object layer from an emulator that throttles like Azure DevOps
 * (a per-user budget, {@code X-RateLimit-*}, delayed answers with {@code Retry-After}, then 429). The read finishes
 * without an error and in order, and the number of batches in flight goes down once the server throttles (seen by
 * a request listener, {@link InFlightRequests}, not by timing).
 */
@Timeout(300)
class ThrottledBulkReadTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final int ITEMS = 10_000;

    @Test
    void tenThousandWorkItems_throttled_finishInOrder_withFewerInFlight() throws Exception {
        // 20 requests per user in a sliding 20 s (one a second drains): the 50 batch reads cross it however slowly
        // the machine runs them, and then stay over it, delayed (Retry-After) and at times blocked (429)
        Throttling budget = new Throttling(20, Duration.ofSeconds(20), 10, Duration.ofMillis(10));
        try (AdoEmulator emulator = AdoEmulator.builder().latency(Duration.ofMillis(20)).throttling(budget)
                .start()) {
            emulator.throttlingActive(false);
            List<Integer> ids = seed(emulator.client(), ITEMS);
            emulator.throttlingActive(true);
            var listener = new InFlightRequests((method, path) -> path.endsWith("/workitemsbatch"));
            try (AdoClient client = emulator.clientBuilder().listener(listener).build()) {
                Project project = AzureDevOpsService.of(client).organization().project(PROJECT);

                List<WorkItem> read = project.workItems(ids);

                assertThat(read).extracting(WorkItem::id).containsExactlyElementsOf(ids);
                assertThat(read.get(ITEMS - 1).title()).isEqualTo("Bulk " + (ITEMS - 1));
            }
            assertThat(listener.throttles()).as("the server throttled the read").isPositive();
            // once the server has asked to slow down, the batches already admitted (at most the bound) go out;
            // every later one was admitted after the limit went down
            int after = listener.mostOnceThrottled(Project.DEFAULT_WORK_ITEM_PARALLELISM, Integer.MAX_VALUE);
            assertThat(after).as("batch requests sent after the first throttling answer, beyond the admitted")
                    .isNotNegative();
            int before = listener.mostBeforeThrottling();
            assertThat(before).as("batches in flight before any throttling").isGreaterThan(1);
            assertThat(after).as("batches in flight once throttled").isLessThan(before)
                    .isLessThanOrEqualTo(Project.DEFAULT_WORK_ITEM_PARALLELISM / 2);
        }
    }

    /** Creates {@code n} tasks through the REST API, 16 at a time, and returns their ids in creation order. */
    private static List<Integer> seed(AdoClient client, int n) throws Exception {
        var project = client.api().project(PROJECT);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var futures = new ArrayList<Future<Integer>>(n);
            for (int i = 0; i < n; i++) {
                String title = "Bulk " + i;
                futures.add(pool.submit(() -> WorkItems.create(project, "Task",
                        WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, title))).id()));
            }
            var ids = new ArrayList<Integer>(n);
            for (Future<Integer> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }
}

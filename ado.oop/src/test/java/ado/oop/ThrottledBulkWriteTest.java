package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import ado.emulator.Throttling;
import ado.model.wit.WorkItemFieldName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 18: 1,000 work items created through the object layer, 8 at a time, against an emulator that throttles
 * like Azure DevOps. Every create is written once, the outcomes come back in order, and the number of creates in
 * flight goes down once the server throttles (seen by {@link InFlightRequests}, not by timing).
 */
@Timeout(300)
class ThrottledBulkWriteTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final int ITEMS = 1_000;
    private static final int PARALLELISM = 8;

    @Test
    void thousandCreates_throttled_allWrittenInOrderOnce_withFewerInFlight() {
        // 100 requests per user in a sliding 2 s (50 a second drain): 8 creates at a time cross it on any machine
        // that runs more than 50 a second, then stay over it, delayed (Retry-After) and at times blocked (429)
        Throttling budget = new Throttling(100, Duration.ofSeconds(2), 25, Duration.ofMillis(10));
        try (AdoEmulator emulator = AdoEmulator.builder().throttling(budget).start()) {
            var listener = new InFlightRequests((method, path) -> method.equals("POST")
                    && path.endsWith("/workitems/$Task"));
            List<WorkItemDraft> drafts = IntStream.range(0, ITEMS).mapToObj(i -> new WorkItemDraft("Task",
                    Map.of(WorkItemFieldName.TITLE, "Throttled " + i))).toList();
            List<WriteOutcome<WorkItem>> outcomes;
            try (AdoClient client = emulator.clientBuilder().listener(listener).build()) {
                outcomes = AzureDevOpsService.of(client).organization().project(PROJECT)
                        .createWorkItems(drafts, PARALLELISM);
            }

            assertThat(WriteOutcome.failures(outcomes)).isEmpty();
            assertThat(outcomes).map(o -> o.written().orElseThrow().title()).containsExactlyElementsOf(
                    IntStream.range(0, ITEMS).mapToObj(i -> "Throttled " + i).toList());
            assertThat(outcomes).map(o -> o.written().orElseThrow().id()).doesNotHaveDuplicates();
            emulator.throttlingActive(false);
            long stored = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT)
                    .query("SELECT [System.Id] FROM WorkItems WHERE [System.Title] CONTAINS 'Throttled'").count();
            assertThat(stored).as("work items the emulator holds").isEqualTo(ITEMS);

            assertThat(listener.throttles()).as("the server throttled the creates").isPositive();
            // the first answer that asks to slow down halves the limit (8 to 4); raising it again takes 4 clear answers
            // per step, so of the next 8 creates admitted after those already let through, at most 5 are in flight
            int after = listener.mostOnceThrottled(PARALLELISM, PARALLELISM);
            assertThat(after).as("creates sent after the first throttling answer, beyond the admitted")
                    .isNotNegative();
            assertThat(listener.mostBeforeThrottling()).as("creates in flight before any throttling")
                    .isGreaterThan(1);
            assertThat(after).as("creates in flight once throttled").isLessThanOrEqualTo(PARALLELISM / 2 + 1);
        }
    }
}

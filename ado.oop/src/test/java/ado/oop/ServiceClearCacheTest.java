package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AzureDevOpsService#clearCache()}: new objects after it, old ones keep working, safe under lookups. */
@ExtendWith(AdoEmulatorExtension.class)
class ServiceClearCacheTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static AdoClient client;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient startedClient) {
        emulator = started;
        client = startedClient;
    }

    private static <T> T requests(long expected, Supplier<T> action) {
        return RequestCount.expect(emulator, expected, action);
    }

    @Test
    void clearCache_lookupsBefore_areTheSameObject_after_newOnesThatLoadAgain() {
        AzureDevOpsService service = AzureDevOpsService.of(client);
        Organization org = service.organization();
        Project before = org.project(PROJECT);
        String id = requests(1, () -> before.id().toString());
        assertThat(org.project(PROJECT)).isSameAs(before);
        assertThat(org.project(id)).as("bound by id once loaded").isSameAs(before);
        Pipeline pipelineBefore = before.pipeline(1);
        requests(1, pipelineBefore::name);

        requests(0, () -> {
            service.clearCache();
            return null;
        });

        Project after = org.project(PROJECT);
        assertThat(after).isNotSameAs(before);
        assertThat(org.project(PROJECT)).isSameAs(after);
        assertThat(requests(1, () -> after.id().toString())).isEqualTo(id);
        assertThat(org.project(id)).isSameAs(after);
        Pipeline pipelineAfter = after.pipeline(1);
        assertThat(pipelineAfter).isNotSameAs(pipelineBefore);
        assertThat(requests(1, pipelineAfter::name)).isEqualTo(pipelineBefore.name());
        assertThat(service.organization()).isSameAs(org);
    }

    @Test
    void clearCache_objectsHandedOutBefore_keepWorkingWithoutRebinding() {
        AzureDevOpsService service = AzureDevOpsService.of(client);
        Project old = service.organization().project(PROJECT);

        service.clearCache();

        java.util.UUID id = requests(1, old::id);
        assertThat(requests(0, old::id)).as("an old object keeps what it loaded").isEqualTo(id);
        assertThat(requests(1, old::refresh)).isSameAs(old);
        assertThat(old.repositories()).isNotEmpty();
        Project fresh = service.organization().project(id.toString());
        assertThat(fresh).as("the old object's load did not bind it again").isNotSameAs(old);
        assertThat(fresh.name()).isEqualTo(PROJECT);
    }

    @Test
    void clearCache_emptyCache_isHarmless() {
        AzureDevOpsService service = AzureDevOpsService.of(client);

        service.clearCache();
        service.clearCache();

        assertThat(service.organization().project(PROJECT).name()).isEqualTo(PROJECT);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void clearCache_concurrentWithLookups_eachLookupIsConsistent() throws Exception {
        AzureDevOpsService service = AzureDevOpsService.of(client);
        Organization org = service.organization();
        String id = org.project(PROJECT).id().toString();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                done.add(pool.submit(() -> {
                    go.await();
                    int checked = 0;
                    for (int i = 0; i < 300; i++) {
                        if (me == 0 && i % 3 == 0) {
                            service.clearCache();
                            continue;
                        }
                        Project p = org.project(PROJECT);
                        Pipeline ci = p.pipeline(1);
                        assertThat(ci.project()).isSameAs(p);
                        assertThat(ci.id()).isEqualTo(1);
                        assertThat(p.name()).isEqualTo(PROJECT);
                        Project byId = org.project(id);
                        assertThat(byId.name()).isEqualTo(PROJECT);
                        assertThat(byId.id().toString()).isEqualTo(id);
                        checked++;
                    }
                    return checked;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(50, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(7 * 300 + 200);
        } finally {
            pool.shutdownNow();
        }
        Project settled = org.project(PROJECT);
        assertThat(org.project(PROJECT)).as("one object per key after the race").isSameAs(settled);
        assertThat(settled.pipeline(1)).isSameAs(settled.pipeline(1));
        assertThat(settled.name()).isEqualTo(PROJECT);
    }
}

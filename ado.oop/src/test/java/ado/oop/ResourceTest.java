package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The piece every lazily loaded object holds ({@link Resource}) and the identity-map resolution they share. */
@Timeout(30)
class ResourceTest {

    /** A record whose two halves must always agree: a mixed read would show {@code a != b}. */
    record Rec(int key, int a, int b) {
    }

    @Test
    void resource_beforeFirstUse_makesNoRequest() {
        var requests = new AtomicInteger();
        var r = new Resource<Integer, Rec>(7, k -> new Rec(k, requests.incrementAndGet(), 0));

        assertThat(r.key()).isEqualTo(7);
        assertThat(r.loaded()).isFalse();
        assertThat(r.peek()).isNull();
        assertThat(r.ifLoaded(x -> "loaded")).isEmpty();
        assertThat(requests).hasValue(0);

        assertThat(r.get().key()).isEqualTo(7);
        assertThat(r.get()).isSameAs(r.get());
        assertThat(r.ifLoaded(x -> "#" + x.key())).isEqualTo("#7");
        assertThat(requests).hasValue(1);
    }

    @Test
    void resource_eightThreadsFirstUseTogether_oneRequest() throws Exception {
        var requests = new AtomicInteger();
        var release = new CountDownLatch(1);
        var r = new Resource<String, Rec>("k", k -> {
            requests.incrementAndGet();
            await(release);
            return new Rec(1, 1, 1);
        });
        var start = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Rec>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return r.get();
                }));
            }
            Thread.sleep(200); // let all eight reach the loader or the lock before the load completes
            release.countDown();
            Rec first = reads.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Rec> f : reads) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests).hasValue(1);
    }

    @Test
    void resource_refresh_replacesRecordWholeAndKeepsOwner() throws Exception {
        var version = new AtomicInteger();
        var r = new Resource<UUID, Rec>(UUID.randomUUID(), k -> {
            int v = version.incrementAndGet();
            return new Rec(0, v, v);
        });
        Object owner = new Object();
        Rec before = r.get();

        assertThat(r.refresh(owner)).isSameAs(owner);
        assertThat(r.get()).isNotSameAs(before).isEqualTo(new Rec(0, 2, 2));

        var stop = new AtomicBoolean();
        var mixed = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                Rec seen = r.get();
                if (seen.a() != seen.b()) {
                    mixed.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            r.refresh(owner);
        }
        stop.set(true);
        reader.join(10_000);
        assertThat(mixed).hasValue(0);
        assertThat(r.get()).isEqualTo(new Rec(0, 202, 202));
    }

    @Test
    void resource_set_takesKnownRecordWithoutRequest() {
        var requests = new AtomicInteger();
        var r = new Resource<Integer, Rec>(3, k -> new Rec(k, requests.incrementAndGet(), 0));
        Rec known = new Rec(3, 9, 9);

        r.set(known);

        assertThat(r.get()).isSameAs(known);
        assertThat(r.peek()).isSameAs(known);
        assertThat(requests).hasValue(0);
        assertThat(r.fetch()).isEqualTo(new Rec(3, 1, 0));
        assertThat(r.get()).as("fetch does not keep what it loads").isSameAs(known);
        assertThat(r.reload()).isEqualTo(new Rec(3, 2, 0));
        assertThat(r.get()).isEqualTo(new Rec(3, 2, 0));
    }

    @Test
    void resource_nullKeyOrLoader_failsNamingIt() {
        assertThatThrownBy(() -> new Resource<Integer, Rec>(null, k -> null)).hasMessage("key == null");
        assertThatThrownBy(() -> new Resource<Integer, Rec>(1, null)).hasMessage("loader == null");
    }

    @Test
    void identityMap_byId_oneObjectPerKeyAndOwner() {
        var map = new IdentityMap();
        Object owner = new Object();
        Object a = map.byId(Object.class, "thing", owner, 5, Object::new);

        assertThat(map.byId(Object.class, "thing", owner, 5, Object::new)).isSameAs(a);
        assertThat(map.byId(Object.class, "thing", new Object(), 5, Object::new)).isNotSameAs(a);
        assertThat(map.byId(Object.class, "other", owner, 5, Object::new)).isNotSameAs(a);
    }

    @Test
    void identityMap_byNameOrId_nameCaseInsensitiveAndJoinedToIdOnceKnown() {
        var map = new IdentityMap();
        Object owner = new Object();
        UUID id = UUID.randomUUID();
        List<String> made = new ArrayList<>();
        Object byName = map.byNameOrId(Object.class, "repo", owner, "Alpha", n -> {
            made.add(n);
            return new Object();
        });

        assertThat(map.byNameOrId(Object.class, "repo", owner, "ALPHA", n -> new Object())).isSameAs(byName);
        assertThat(made).containsExactly("Alpha");
        map.bindIdAndName(byName, "repo", owner, id, "alpha", "value");
        assertThat(map.byNameOrId(Object.class, "repo", owner, id.toString(), n -> new Object())).isSameAs(byName);
        assertThat(map.byIdAndName(Object.class, "repo", owner, id, null, n -> new Object())).isSameAs(byName);
        assertThat(map.byNameOrId(Object.class, "repo", new Object(), "alpha", n -> new Object()))
                .isNotSameAs(byName);
    }

    @Test
    void identityMap_byIdAndName_madeFromIdText() {
        var map = new IdentityMap();
        UUID id = UUID.randomUUID();
        List<String> made = new ArrayList<>();
        Object o = map.byIdAndName(Object.class, "team", null, id, "Beta", n -> {
            made.add(n);
            return new Object();
        });

        assertThat(made).containsExactly(id.toString());
        assertThat(map.byNameOrId(Object.class, "team", null, "beta", n -> new Object())).isSameAs(o);
    }

    @Test
    void identityMap_byNameOrId_nullOrBlank_failsNamingParameter() {
        var map = new IdentityMap();
        assertThatThrownBy(() -> map.byNameOrId(Object.class, "team", null, null, n -> new Object()))
                .isInstanceOf(NullPointerException.class).hasMessage("nameOrId == null");
        assertThatThrownBy(() -> map.byNameOrId(Object.class, "team", null, " ", n -> new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("nameOrId must not be blank");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package ado.emulator.internal.wiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WiqlPropertiesTest {

    private static WiqlEngine engine(List<Integer> priorities) {
        var view = new TestWorkItems();
        for (int i = 0; i < priorities.size(); i++) {
            view.add(i + 1, "P", Map.of("Microsoft.VSTS.Common.Priority", priorities.get(i),
                    "System.State", priorities.get(i) % 2 == 0 ? "Even" : "Odd"));
        }
        return new WiqlEngine(view, WiqlEngineTest.CLOCK);
    }

    private static List<Integer> run(WiqlEngine engine, String where) {
        return engine.run("SELECT [System.Id] FROM WorkItems WHERE " + where, WiqlEngineTest.CONTEXT, null)
                .workItems();
    }

    private static List<Integer> ids(List<Integer> priorities, java.util.function.IntPredicate p) {
        return IntStream.range(0, priorities.size()).filter(i -> p.test(priorities.get(i))).map(i -> i + 1)
                .boxed().toList();
    }

    @Property(tries = 60)
    void comparisons_matchIntegerSemantics(@ForAll @Size(max = 30) List<@IntRange(min = -5, max = 40) Integer> ps,
                                           @ForAll @IntRange(min = -6, max = 41) int t) {
        WiqlEngine engine = engine(ps);

        assertThat(run(engine, "[Priority] < " + t)).isEqualTo(ids(ps, p -> p < t));
        assertThat(run(engine, "[Priority] <= " + t)).isEqualTo(ids(ps, p -> p <= t));
        assertThat(run(engine, "[Priority] > " + t)).isEqualTo(ids(ps, p -> p > t));
        assertThat(run(engine, "[Priority] >= " + t)).isEqualTo(ids(ps, p -> p >= t));
        assertThat(run(engine, "[Priority] = " + t)).isEqualTo(ids(ps, p -> p == t));
        assertThat(run(engine, "[Priority] <> " + t)).isEqualTo(ids(ps, p -> p != t));
    }

    @Property(tries = 60)
    void booleanOperators_matchSetAlgebra(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 20) Integer> ps,
                                          @ForAll @IntRange(min = 0, max = 20) int t) {
        WiqlEngine engine = engine(ps);
        Set<Integer> low = new HashSet<>(run(engine, "[Priority] < " + t));
        Set<Integer> even = new HashSet<>(run(engine, "[State] = 'even'"));
        Set<Integer> all = new HashSet<>(ids(ps, p -> true));

        Set<Integer> union = new HashSet<>(low);
        union.addAll(even);
        Set<Integer> both = new HashSet<>(low);
        both.retainAll(even);
        Set<Integer> notLow = new HashSet<>(all);
        notLow.removeAll(low);
        assertThat(new HashSet<>(run(engine, "[Priority] < " + t + " OR [State] = 'Even'"))).isEqualTo(union);
        assertThat(new HashSet<>(run(engine, "[Priority] < " + t + " AND [State] = 'Even'"))).isEqualTo(both);
        assertThat(new HashSet<>(run(engine, "NOT [Priority] < " + t))).isEqualTo(notLow);
        assertThat(new HashSet<>(run(engine, "NOT ([Priority] < " + t + " OR [State] = 'Even')")))
                .isEqualTo(difference(all, union));
    }

    @Property(tries = 40)
    void orderBy_sortsNumericallyWithIdTieBreak(@ForAll @Size(max = 30) List<@IntRange(min = -50, max = 50) Integer> ps,
                                                @ForAll boolean descending) {
        List<Integer> ids = engine(ps).run("SELECT [System.Id] FROM WorkItems ORDER BY [Priority]"
                + (descending ? " DESC" : ""), WiqlEngineTest.CONTEXT, null).workItems();

        for (int i = 1; i < ids.size(); i++) {
            int a = ps.get(ids.get(i - 1) - 1);
            int b = ps.get(ids.get(i) - 1);
            assertThat(descending ? a >= b : a <= b).isTrue();
            if (a == b) {
                assertThat(ids.get(i - 1)).isLessThan(ids.get(i));
            }
        }
        assertThat(ids).hasSize(ps.size());
    }

    @Property(tries = 40)
    void top_returnsPrefixOfFullResult(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> ps,
                                       @ForAll @IntRange(min = 1, max = 40) int top) {
        WiqlEngine engine = engine(ps);
        String wiql = "SELECT [System.Id] FROM WorkItems ORDER BY [Priority] DESC";
        List<Integer> all = engine.run(wiql, WiqlEngineTest.CONTEXT, null).workItems();

        assertThat(engine.run(wiql, WiqlEngineTest.CONTEXT, top).workItems())
                .isEqualTo(all.subList(0, Math.min(top, all.size())));
    }

    private static Set<Integer> difference(Set<Integer> a, Set<Integer> b) {
        Set<Integer> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}

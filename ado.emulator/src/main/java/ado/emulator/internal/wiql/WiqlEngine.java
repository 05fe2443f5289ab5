package ado.emulator.internal.wiql;

import ado.core.json.JsonNumber;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.wiql.Expr.Side;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs WIQL over a {@link WorkItemView}: flat queries ({@code FROM WorkItems}) and link queries
 * ({@code FROM WorkItemLinks}, one hop in modes MustContain, MayContain and DoesNotContain, or a tree with
 * {@code MODE (Recursive)}). In a link query each top-level AND condition must be about the source, the target or
 * the link type alone. More than {@value WiqlErrors#RESULT_LIMIT} results without {@code $top} is ADO's VS402337
 * error. {@code ASOF} is reported in the result but the current values are queried (the view keeps no history).
 * Thread-safe when the view is.
 */
public final class WiqlEngine {

    private final WorkItemView view;
    private final Clock clock;

    /** Creates an engine reading {@code view}; {@code clock} gives {@code @Today} (UTC) and the result's asOf. */
    public WiqlEngine(WorkItemView view, Clock clock) {
        this.view = Objects.requireNonNull(view, "view == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Who runs a query and where.
     *
     * @param project       the project of the URL, for {@code @Project}; {@code null} at organisation scope
     * @param meId          the authenticated user's id, for {@code @Me}
     * @param meDisplayName the user's display name
     * @param meUniqueName  the user's unique name
     */
    public record Context(String project, String meId, String meDisplayName, String meUniqueName) {
    }

    /**
     * {@return the result of {@code wiql}}
     *
     * @param top at most this many results, or {@code null} for all (then more than 20,000 is an error)
     * @throws ado.emulator.internal.http.AdoError 400 TF51006/TF51005 for a statement it cannot run, 400 VS402337
     *                                             for too many results
     */
    public WiqlResult run(String wiql, Context context, Integer top) {
        WiqlQuery q = Parser.parse(wiql);
        var run = new Run(context);
        List<WiqlResult.Column> columns = columns(q);
        List<WiqlResult.SortColumn> sorts = sortColumns(q);
        var asOf = q.asOf() != null ? q.asOf() : clock.instant();
        Comparator<WorkItemView.Row> order = order(q);
        if (!q.links()) {
            Predicate<WorkItemView.Row> where = q.where() == null ? r -> true
                    : r -> run.test(q.where(), ref -> read(r, ref.field()));
            List<Integer> ids = view.items().filter(where).sorted(order).map(WorkItemView.Row::id).toList();
            return new WiqlResult("flat", asOf, columns, sorts, limit(ids, top), List.of());
        }
        List<WiqlResult.Relation> relations = links(q, run, order);
        return new WiqlResult(q.mode() == WiqlQuery.Mode.RECURSIVE ? "tree" : "oneHop", asOf, columns, sorts,
                List.of(), limit(relations, top));
    }

    static List<WiqlResult.Column> columns(WiqlQuery q) {
        return q.columns().stream().map(WiqlEngine::column).toList();
    }

    static List<WiqlResult.SortColumn> sortColumns(WiqlQuery q) {
        return q.orderBy().stream().map(s -> new WiqlResult.SortColumn(column(s.field().field()), s.descending()))
                .toList();
    }

    private static WiqlResult.Column column(Fields.Field f) {
        return new WiqlResult.Column(f.referenceName(), f.name());
    }

    private static <T> List<T> limit(List<T> all, Integer top) {
        if (top == null) {
            if (all.size() > WiqlErrors.RESULT_LIMIT) {
                throw WiqlErrors.tooManyResults();
            }
            return all;
        }
        return all.size() > top ? all.subList(0, top) : all;
    }

    private static Comparator<WorkItemView.Row> order(WiqlQuery q) {
        Comparator<WorkItemView.Row> c = (a, b) -> 0;
        for (WiqlQuery.Sort s : q.orderBy()) {
            Comparator<WorkItemView.Row> key = Comparator.comparing(r -> read(r, s.field().field()), Values.SORT);
            c = c.thenComparing(s.descending() ? key.reversed() : key);
        }
        return c.thenComparingInt(WorkItemView.Row::id);
    }

    private List<WiqlResult.Relation> links(WiqlQuery q, Run run, Comparator<WorkItemView.Row> order) {
        var source = new ArrayList<Expr>();
        var target = new ArrayList<Expr>();
        var link = new ArrayList<Expr>();
        for (Expr part : conjuncts(q.where())) {
            Set<Side> sides = EnumSet.noneOf(Side.class);
            Token first = sides(part, sides);
            if (sides.size() > 1) {
                throw WiqlErrors.syntax("a condition of a link query must be about [Source], [Target] or "
                        + "[System.Links.LinkType] alone; combine them with AND at the top level", first);
            }
            Side side = sides.isEmpty() ? Side.SOURCE : sides.iterator().next();
            (side == Side.TARGET ? target : side == Side.LINK ? link : source).add(part);
        }
        Predicate<WorkItemView.Row> sourceOk = r -> source.stream().allMatch(e -> run.test(e, f -> read(r, f.field())));
        Predicate<WorkItemView.Row> targetOk = r -> target.stream().allMatch(e -> run.test(e, f -> read(r, f.field())));
        Predicate<String> linkOk = rel -> link.stream().allMatch(e -> run.test(e, f -> new JsonString(rel)));
        Map<Integer, WorkItemView.Row> byId = new LinkedHashMap<>();
        view.items().forEach(r -> byId.put(r.id(), r));
        Map<Integer, List<WorkItemView.Link>> children = new HashMap<>();
        view.links().filter(l -> linkOk.test(l.rel()) && byId.containsKey(l.target())
                        && targetOk.test(byId.get(l.target())))
                .forEach(l -> children.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l));
        Comparator<WorkItemView.Link> byTarget = Comparator.comparing(l -> byId.get(l.target()), order);
        children.values().forEach(list -> list.sort(byTarget));
        List<WorkItemView.Row> roots = byId.values().stream().filter(sourceOk).sorted(order).toList();
        var out = new ArrayList<WiqlResult.Relation>();
        if (q.mode() == WiqlQuery.Mode.RECURSIVE) {
            Set<Integer> rootIds = new HashSet<>();
            roots.forEach(r -> rootIds.add(r.id()));
            Set<Integer> nested = new HashSet<>();
            rootIds.forEach(id -> children.getOrDefault(id, List.of()).forEach(l -> {
                if (l.target() != id) {
                    nested.add(l.target());
                }
            }));
            Set<Integer> seen = new HashSet<>();
            for (WorkItemView.Row r : roots) {
                if (!nested.contains(r.id()) && seen.add(r.id())) {
                    out.add(new WiqlResult.Relation(null, r.id(), null));
                    tree(r.id(), children, seen, out);
                }
            }
            return out;
        }
        for (WorkItemView.Row r : roots) {
            List<WorkItemView.Link> hops = children.getOrDefault(r.id(), List.of());
            boolean keep = switch (q.mode()) {
                case MUST_CONTAIN -> !hops.isEmpty();
                case DOES_NOT_CONTAIN -> hops.isEmpty();
                default -> true;
            };
            if (keep) {
                out.add(new WiqlResult.Relation(null, r.id(), null));
                hops.forEach(l -> out.add(new WiqlResult.Relation(l.source(), l.target(), l.rel())));
            }
        }
        return out;
    }

    private static void tree(int parent, Map<Integer, List<WorkItemView.Link>> children, Set<Integer> seen,
                             List<WiqlResult.Relation> out) {
        for (WorkItemView.Link l : children.getOrDefault(parent, List.of())) {
            if (seen.add(l.target())) {
                out.add(new WiqlResult.Relation(l.source(), l.target(), l.rel()));
                tree(l.target(), children, seen, out);
            }
        }
    }

    private static List<Expr> conjuncts(Expr where) {
        if (where == null) {
            return List.of();
        }
        return where instanceof Expr.And and ? and.parts().stream().flatMap(p -> conjuncts(p).stream()).toList()
                : List.of(where);
    }

    /** Adds the sides {@code e} reads to {@code sides}; returns the first field token (for messages). */
    private static Token sides(Expr e, Set<Side> sides) {
        if (e instanceof Expr.Clause c) {
            sides.add(c.field().side());
            c.values().forEach(v -> {
                if (v instanceof Expr.FieldValue f) {
                    sides.add(f.field().side());
                }
            });
            return c.field().token();
        }
        List<Expr> parts = e instanceof Expr.And a ? a.parts() : e instanceof Expr.Or o ? o.parts()
                : List.of(((Expr.Not) e).part());
        Token first = null;
        for (Expr p : parts) {
            Token t = sides(p, sides);
            first = first == null ? t : first;
        }
        return first;
    }

    static JsonValue read(WorkItemView.Row row, Fields.Field field) {
        String ref = field.referenceName();
        if (ref.equals("System.Id")) {
            return JsonNumber.of(row.id());
        }
        JsonValue v = row.fields().get(ref);
        if (v == null) {
            for (Map.Entry<String, JsonValue> e : row.fields().entrySet()) {
                if (e.getKey().equalsIgnoreCase(ref)) {
                    return e.getValue();
                }
            }
            if (ref.equals("System.TeamProject")) {
                return new JsonString(row.project());
            }
        }
        return v;
    }

    /** One evaluation: resolves macros once per query. */
    private final class Run {
        private final Context context;
        private final Values.Me me;
        private final LocalDate today;

        Run(Context context) {
            this.context = Objects.requireNonNull(context, "context == null");
            this.me = new Values.Me(context.meId(), context.meDisplayName(), context.meUniqueName());
            this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }

        boolean test(Expr e, Function<Expr.FieldRef, JsonValue> reader) {
            if (e instanceof Expr.And a) {
                return a.parts().stream().allMatch(p -> test(p, reader));
            }
            if (e instanceof Expr.Or o) {
                return o.parts().stream().anyMatch(p -> test(p, reader));
            }
            if (e instanceof Expr.Not n) {
                return !test(n.part(), reader);
            }
            Expr.Clause c = (Expr.Clause) e;
            JsonValue actual = reader.apply(c.field());
            Fields.Field f = c.field().field();
            List<Object> rhs = c.values().stream().map(v -> operand(v, reader)).toList();
            Object first = rhs.get(0);
            return switch (c.operator()) {
                case EQ -> Values.equal(f, actual, first);
                case NE -> !Values.equal(f, actual, first);
                case LT, GT, LE, GE -> ordered(c.operator(), Values.compare(f, actual, first));
                case IN -> rhs.stream().anyMatch(v -> Values.equal(f, actual, v));
                case NOT_IN -> rhs.stream().noneMatch(v -> Values.equal(f, actual, v));
                case CONTAINS -> Values.contains(f, actual, first, false);
                case NOT_CONTAINS -> !Values.contains(f, actual, first, false);
                case CONTAINS_WORDS -> Values.contains(f, actual, first, true);
                case NOT_CONTAINS_WORDS -> !Values.contains(f, actual, first, true);
                case UNDER -> Values.under(actual, first);
                case NOT_UNDER -> !Values.under(actual, first);
            };
        }

        private static boolean ordered(Expr.Operator op, Integer compared) {
            if (compared == null) {
                return false;
            }
            return switch (op) {
                case LT -> compared < 0;
                case GT -> compared > 0;
                case LE -> compared <= 0;
                default -> compared >= 0;
            };
        }

        private Object operand(Expr.Operand v, Function<Expr.FieldRef, JsonValue> reader) {
            if (v instanceof Expr.Text t) {
                return t.value();
            }
            if (v instanceof Expr.Number n) {
                return n.value();
            }
            if (v instanceof Expr.FieldValue f) {
                JsonValue value = reader.apply(f.field());
                return value == null ? ado.core.json.JsonNull.INSTANCE : value;
            }
            Expr.Macro m = (Expr.Macro) v;
            return switch (m.name()) {
                case "@me" -> me;
                case "@today" -> today.plusDays(m.offsetDays());
                default -> {
                    if (context.project() == null) {
                        throw WiqlErrors.syntax("@Project needs a project in the URL", m.token());
                    }
                    yield context.project();
                }
            };
        }
    }
}

package ado.emulator.internal.wit;

import ado.emulator.internal.wiql.WorkItemView;
import java.util.List;
import java.util.stream.Stream;

/** The work item store as the WIQL engine reads it: live work items and the links between them. */
public final class StoreView implements WorkItemView {

    private final WorkItemStore store;

    /** Wraps {@code store}. */
    public StoreView(WorkItemStore store) {
        this.store = store;
    }

    @Override
    public Stream<Row> items() {
        return store.all().stream().map(r -> new Row(r.id(), r.project(), r.fields()));
    }

    @Override
    public Stream<Link> links() {
        List<Revision> all = store.all();
        var live = new java.util.HashSet<Integer>();
        all.forEach(r -> live.add(r.id()));
        return all.stream().flatMap(r -> r.relations().stream().filter(x -> x.isWorkItemLink()
                && live.contains(x.target())).map(x -> new Link(r.id(), x.target(), x.rel())));
    }
}

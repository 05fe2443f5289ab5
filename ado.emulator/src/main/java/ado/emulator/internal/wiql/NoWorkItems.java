package ado.emulator.internal.wiql;

import java.util.stream.Stream;

/** A view with no work items, for an emulator that has no work item store. */
public final class NoWorkItems implements WorkItemView {

    /** The instance. */
    public static final NoWorkItems INSTANCE = new NoWorkItems();

    private NoWorkItems() {
    }

    @Override
    public Stream<Row> items() {
        return Stream.empty();
    }

    @Override
    public Stream<Link> links() {
        return Stream.empty();
    }
}

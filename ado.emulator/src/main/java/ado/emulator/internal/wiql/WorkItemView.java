package ado.emulator.internal.wiql;

import ado.core.json.JsonValue;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the WIQL engine reads: the organisation's current (not deleted) work items and the links between them,
 * as the work item store holds them.
 */
public interface WorkItemView {

    /** {@return every live work item, in id order} */
    Stream<Row> items();

    /** {@return every link between live work items, in source id order} */
    Stream<Link> links();

    /**
     * A work item.
     *
     * @param id      the work item id
     * @param project the project name
     * @param fields  current values keyed by field reference name, as served on the wire (strings, numbers,
     *                booleans, ISO-8601 date strings, identities as IdentityRef objects)
     */
    record Row(int id, String project, Map<String, JsonValue> fields) {
    }

    /**
     * A link.
     *
     * @param source the source work item id
     * @param target the target work item id
     * @param rel    the link type reference name, e.g. {@code System.LinkTypes.Hierarchy-Forward}
     */
    record Link(int source, int target, String rel) {
    }
}

package ado.emulator.internal.search;

import ado.core.json.JsonObject;
import java.util.List;

/**
 * What the search host searches besides code: work items ({@link WorkItemSearch}) and wiki pages
 * ({@link WikiSearch}) as search results, read from the stores that own them.
 */
public interface SearchSource {

    /** {@return the results for {@code text} in project {@code projectName} (null: every project)} */
    List<JsonObject> find(String text, String projectName);

    /** {@return a source with nothing in it} */
    static SearchSource empty() {
        return (text, project) -> List.of();
    }
}

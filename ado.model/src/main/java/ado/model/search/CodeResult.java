package ado.model.search;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One file that matched a code search.
 *
 * @param fileName   the file's name
 * @param path       the file's path in the repository
 * @param matches    the hits by field ({@code content}, {@code fileName}), each with offsets; empty when absent
 * @param collection the organisation, or {@code null}
 * @param project    the project, or {@code null}
 * @param repository the repository, or {@code null}
 * @param versions   the branches and commits the file is in (raw); empty when absent
 * @param contentId  the content's id, or {@code null}
 */
public record CodeResult(String fileName, String path, JsonObject matches, SearchScopeRef collection,
                         SearchScopeRef project, SearchScopeRef repository, List<JsonValue> versions,
                         String contentId) {

    /**
     * Copies the collections.
     *
     * @param fileName   the file's name
     * @param path       the file's path in the repository
     * @param matches    the hits by field ({@code content}, {@code fileName}), each with offsets; empty when absent
     * @param collection the organisation, or {@code null}
     * @param project    the project, or {@code null}
     * @param repository the repository, or {@code null}
     * @param versions   the branches and commits the file is in (raw); empty when absent
     * @param contentId  the content's id, or {@code null}
     */
    public CodeResult {
        matches = matches == null ? JsonObject.EMPTY : matches;
        versions = Copies.list(versions, "versions");
    }
}

package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.util.Objects;

/**
 * One changed file of a pull-request iteration.
 *
 * @param changeTrackingId the id that follows the file across iterations
 * @param changeId         the change id
 * @param item             the file
 * @param changeType       the kind of change
 * @param other            members ado4j does not model; never {@code null}
 */
public record GitPullRequestChange(int changeTrackingId, int changeId, Item item,
                                   VersionControlChangeType changeType, @JsonUnmapped JsonObject other) {

    /**
     * Checks that the item and change type are present.
     *
     * @param changeTrackingId the id that follows the file across iterations
     * @param changeId         the change id
     * @param item             the file
     * @param changeType       the kind of change
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code item} or {@code changeType} is null
     */
    public GitPullRequestChange {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(item, "item == null");
        Objects.requireNonNull(changeType, "changeType == null");
    }

    /**
     * The file of a change.
     *
     * @param path             the path, with a leading slash
     * @param objectId         the blob after the change, or {@code null} for a delete
     * @param originalObjectId the blob before the change, or {@code null} for an add
     * @param other            members ado4j does not model; never {@code null}
     */
    public record Item(String path, String objectId, String originalObjectId, @JsonUnmapped JsonObject other) {

        /**
         * Checks the path.
         *
         * @param path             the path, with a leading slash
         * @param objectId         the blob after the change, or {@code null} for a delete
         * @param originalObjectId the blob before the change, or {@code null} for an add
         * @param other            members ado4j does not model; never {@code null}
         * @throws NullPointerException if {@code path} is null
         */
        public Item {
            other = other == null ? JsonObject.EMPTY : other;
            Objects.requireNonNull(path, "path == null");
        }
    }
}

package ado.model.git;

import java.util.Objects;

/**
 * One changed file of a pull-request iteration.
 *
 * @param changeTrackingId the id that follows the file across iterations
 * @param changeId         the change id
 * @param item             the file
 * @param changeType       the kind of change
 */
public record GitPullRequestChange(int changeTrackingId, int changeId, Item item,
                                   VersionControlChangeType changeType) {

    /** Checks that the item and change type are present. */
    public GitPullRequestChange {
        Objects.requireNonNull(item, "item == null");
        Objects.requireNonNull(changeType, "changeType == null");
    }

    /**
     * The file of a change.
     *
     * @param path             the path, with a leading slash
     * @param objectId         the blob after the change, or {@code null} for a delete
     * @param originalObjectId the blob before the change, or {@code null} for an add
     */
    public record Item(String path, String objectId, String originalObjectId) {

        /** Checks the path. */
        public Item {
            Objects.requireNonNull(path, "path == null");
        }
    }
}

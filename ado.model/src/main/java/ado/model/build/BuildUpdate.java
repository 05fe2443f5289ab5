package ado.model.build;

/**
 * A change to a build ({@code PATCH}): {@code status} {@link BuildStatus#CANCELLING} cancels it,
 * {@code keepForever} pins it against retention.
 *
 * @param status            the new status (only cancelling), or {@code null}
 * @param keepForever       the keep-forever flag, or {@code null}
 * @param retainedByRelease the retained-by-release flag, or {@code null}
 */
public record BuildUpdate(BuildStatus status, Boolean keepForever, Boolean retainedByRelease) {

    /**
     * Allows only cancelling as a new status.
     *
     * @param status            the new status (only cancelling), or {@code null}
     * @param keepForever       the keep-forever flag, or {@code null}
     * @param retainedByRelease the retained-by-release flag, or {@code null}
     * @throws IllegalArgumentException if {@code status} is neither {@code null} nor {@code CANCELLING}
     */
    public BuildUpdate {
        if (status != null && status != BuildStatus.CANCELLING) {
            throw new IllegalArgumentException("status can only be set to CANCELLING: " + status);
        }
    }

    /** {@return the update that cancels a build} */
    public static BuildUpdate cancel() {
        return new BuildUpdate(BuildStatus.CANCELLING, null, null);
    }

    /**
     * {@return the update that sets keep-forever}
     *
     * @param keep whether to keep the build forever (exempt from retention)
     */
    public static BuildUpdate keepForever(boolean keep) {
        return new BuildUpdate(null, keep, null);
    }
}

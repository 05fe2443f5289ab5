package ado.model.policy;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The typed {@code settings} of a policy configuration: one record per common policy type and {@link Other} for the
 * rest. {@link #parse} only returns a typed record when it holds every member of the settings object (otherwise
 * {@link Other}), so {@code parse(type, json).toJson()} always equals {@code json} up to member order, a missing
 * {@code scope} (written as {@code []}) and a missing scope {@code repositoryId} (written as {@code null}).
 */
public sealed interface PolicySettings {

    /** {@return the policy type id} */
    UUID typeId();

    /** {@return the {@code settings} object as ADO expects it} */
    JsonObject toJson();

    /**
     * {@return the typed view of {@code settings} of policy type {@code typeId}, or {@link Other} when the type is
     * not one of the common ones or the object has members (or member shapes) the typed record does not hold}
     *
     * @param typeId   the configuration's policy type id
     * @param settings the configuration's {@code settings} object, as sent
     * @throws NullPointerException if {@code typeId} or {@code settings} is null
     */
    static PolicySettings parse(UUID typeId, JsonObject settings) {
        Objects.requireNonNull(typeId, "typeId == null");
        Objects.requireNonNull(settings, "settings == null");
        var in = new SettingsJson(settings);
        PolicySettings typed;
        try {
            typed = PolicyTypes.read(typeId, in);
        } catch (SettingsJson.Mismatch | IllegalArgumentException | NullPointerException e) {
            typed = null;
        }
        return typed != null && in.complete() ? typed : new Other(typeId, settings);
    }

    /**
     * Require a minimum number of approving reviewers.
     *
     * @param minimumApproverCount      how many approvals, at least 1
     * @param creatorVoteCounts         whether the author's own approval counts, or {@code null}
     * @param allowDownvotes            whether approval is still possible with a rejection, or {@code null}
     * @param resetOnSourcePush         whether a push resets the votes, or {@code null}
     * @param blockLastPusherVote       whether the last pusher's vote does not count, or {@code null}
     * @param requireVoteOnLastIteration whether votes must be on the latest iteration, or {@code null}
     * @param scope                     the branches it applies to
     */
    record MinimumReviewers(int minimumApproverCount, Boolean creatorVoteCounts, Boolean allowDownvotes,
                            Boolean resetOnSourcePush, Boolean blockLastPusherVote,
                            Boolean requireVoteOnLastIteration, List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Minimum number of reviewers. */
        public static final UUID TYPE_ID = UUID.fromString("fa4e907d-c16b-4a4c-9dfa-4906e5d171dd");

        /**
         * Checks the count and copies the scope.
         *
         * @param minimumApproverCount       how many approvals, at least 1
         * @param creatorVoteCounts          whether the author's own approval counts, or {@code null}
         * @param allowDownvotes             whether approval is still possible with a rejection, or {@code null}
         * @param resetOnSourcePush          whether a push resets the votes, or {@code null}
         * @param blockLastPusherVote        whether the last pusher's vote does not count, or {@code null}
         * @param requireVoteOnLastIteration whether votes must be on the latest iteration, or {@code null}
         * @param scope                      the branches it applies to
         * @throws NullPointerException     if {@code scope} or one of its entries is null
         * @throws IllegalArgumentException if {@code minimumApproverCount} is below 1
         */
        public MinimumReviewers {
            if (minimumApproverCount < 1) {
                throw new IllegalArgumentException("minimumApproverCount must be at least 1: "
                        + minimumApproverCount);
            }
            scope = PolicyTypes.scope(scope);
        }

        /**
         * {@return {@code count} approvals required on {@code scope}, the author's vote not counting}
         *
         * @param count how many approvals, at least 1
         * @param scope the branches it applies to
         * @throws NullPointerException     if {@code scope} is null
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public static MinimumReviewers of(int count, PolicyScope scope) {
            return new MinimumReviewers(count, false, false, false, null, null, List.of(scope));
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("minimumApproverCount", minimumApproverCount)
                    .put("creatorVoteCounts", creatorVoteCounts).put("allowDownvotes", allowDownvotes)
                    .put("resetOnSourcePush", resetOnSourcePush).put("blockLastPusherVote", blockLastPusherVote)
                    .put("requireVoteOnLastIteration", requireVoteOnLastIteration).scope(scope).build();
        }
    }

    /**
     * Automatically include (and require) reviewers.
     *
     * @param requiredReviewerIds  the identity ids, at least one
     * @param minimumApproverCount how many of them must approve, or {@code null} for all
     * @param creatorVoteCounts    whether the author's own approval counts, or {@code null}
     * @param message              the activity-feed message, or {@code null}
     * @param filenamePatterns     the paths it is limited to, or {@code null} for every path
     * @param scope                the branches it applies to
     */
    record RequiredReviewers(List<String> requiredReviewerIds, Integer minimumApproverCount,
                             Boolean creatorVoteCounts, String message, List<String> filenamePatterns,
                             List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Required reviewers. */
        public static final UUID TYPE_ID = UUID.fromString("fd2167ab-b0be-447a-8ec8-39368250530e");

        /**
         * Checks the reviewers and copies the lists.
         *
         * @param requiredReviewerIds  the identity ids, at least one
         * @param minimumApproverCount how many of them must approve, or {@code null} for all
         * @param creatorVoteCounts    whether the author's own approval counts, or {@code null}
         * @param message              the activity-feed message, or {@code null}
         * @param filenamePatterns     the paths it is limited to, or {@code null} for every path
         * @param scope                the branches it applies to
         * @throws NullPointerException     if {@code requiredReviewerIds} or {@code scope}, or an entry of a list, is
         *                                  null
         * @throws IllegalArgumentException if {@code requiredReviewerIds} is empty
         */
        public RequiredReviewers {
            requiredReviewerIds = List.copyOf(Objects.requireNonNull(requiredReviewerIds,
                    "requiredReviewerIds == null"));
            if (requiredReviewerIds.isEmpty()) {
                throw new IllegalArgumentException("requiredReviewerIds must not be empty");
            }
            filenamePatterns = filenamePatterns == null ? null : List.copyOf(filenamePatterns);
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("requiredReviewerIds", requiredReviewerIds)
                    .put("minimumApproverCount", minimumApproverCount).put("creatorVoteCounts", creatorVoteCounts)
                    .put("message", message).put("filenamePatterns", filenamePatterns).scope(scope).build();
        }
    }

    /**
     * Build validation: a build of the definition must succeed for the pull request's merge commit.
     *
     * @param buildDefinitionId       the build definition, positive
     * @param queueOnSourceUpdateOnly whether only source pushes queue a build, or {@code null}
     * @param manualQueueOnly         whether builds are queued by hand only, or {@code null}
     * @param displayName             the name shown on the pull request, or {@code null}
     * @param validDuration           minutes a result stays valid (0: forever), or {@code null}
     * @param filenamePatterns        the paths it is limited to, or {@code null} for every path
     * @param scope                   the branches it applies to
     */
    record BuildValidation(int buildDefinitionId, Boolean queueOnSourceUpdateOnly, Boolean manualQueueOnly,
                           String displayName, JsonNumber validDuration, List<String> filenamePatterns,
                           List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Build. */
        public static final UUID TYPE_ID = UUID.fromString("0609b952-1397-4640-95ec-e00a01b2c241");

        /**
         * Checks the definition id and copies the lists.
         *
         * @param buildDefinitionId       the build definition, positive
         * @param queueOnSourceUpdateOnly whether only source pushes queue a build, or {@code null}
         * @param manualQueueOnly         whether builds are queued by hand only, or {@code null}
         * @param displayName             the name shown on the pull request, or {@code null}
         * @param validDuration           minutes a result stays valid (0: forever), or {@code null}
         * @param filenamePatterns        the paths it is limited to, or {@code null} for every path
         * @param scope                   the branches it applies to
         * @throws NullPointerException     if {@code scope} or an entry of a list is null
         * @throws IllegalArgumentException if {@code buildDefinitionId} is not positive
         */
        public BuildValidation {
            if (buildDefinitionId < 1) {
                throw new IllegalArgumentException("buildDefinitionId must be positive: " + buildDefinitionId);
            }
            filenamePatterns = filenamePatterns == null ? null : List.copyOf(filenamePatterns);
            scope = PolicyTypes.scope(scope);
        }

        /**
         * {@return build {@code definitionId} required on {@code scope}, queued automatically, valid 12 hours}
         *
         * @param definitionId the build definition, positive
         * @param scope        the branches it applies to
         * @throws NullPointerException     if {@code scope} is null
         * @throws IllegalArgumentException if {@code definitionId} is not positive
         */
        public static BuildValidation of(int definitionId, PolicyScope scope) {
            return new BuildValidation(definitionId, false, false, null, JsonNumber.of(720), null, List.of(scope));
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("buildDefinitionId", buildDefinitionId)
                    .put("queueOnSourceUpdateOnly", queueOnSourceUpdateOnly).put("manualQueueOnly", manualQueueOnly)
                    .put("displayName", displayName).put("validDuration", validDuration)
                    .put("filenamePatterns", filenamePatterns).scope(scope).build();
        }
    }

    /**
     * Every comment thread must be resolved.
     *
     * @param scope the branches it applies to
     */
    record CommentResolution(List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Comment requirements. */
        public static final UUID TYPE_ID = UUID.fromString("c6a1889d-b943-4856-b76f-9e46bb6b0df2");

        /**
         * Copies the scope.
         *
         * @param scope the branches it applies to
         */
        public CommentResolution {
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().scope(scope).build();
        }
    }

    /**
     * At least one work item must be linked.
     *
     * @param scope the branches it applies to
     */
    record WorkItemLinking(List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Work item linking. */
        public static final UUID TYPE_ID = UUID.fromString("40e92b44-2fe1-4dd6-b3d8-74a9c21d0c6e");

        /**
         * Copies the scope.
         *
         * @param scope the branches it applies to
         */
        public WorkItemLinking {
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().scope(scope).build();
        }
    }

    /**
     * Limit the merge strategies.
     *
     * @param allowSquash        squash merge, or {@code null}
     * @param allowNoFastForward merge commit, or {@code null}
     * @param allowRebase        rebase and fast-forward, or {@code null}
     * @param allowRebaseMerge   rebase with merge commit, or {@code null}
     * @param scope              the branches it applies to
     */
    record MergeStrategy(Boolean allowSquash, Boolean allowNoFastForward, Boolean allowRebase,
                         Boolean allowRebaseMerge, List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Require a merge strategy. */
        public static final UUID TYPE_ID = UUID.fromString("fa4e907d-c16b-4a4c-9dfa-4906e5d171dc");

        /**
         * Copies the scope.
         *
         * @param allowSquash        squash merge, or {@code null}
         * @param allowNoFastForward merge commit, or {@code null}
         * @param allowRebase        rebase and fast-forward, or {@code null}
         * @param allowRebaseMerge   rebase with merge commit, or {@code null}
         * @param scope              the branches it applies to
         */
        public MergeStrategy {
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("allowSquash", allowSquash)
                    .put("allowNoFastForward", allowNoFastForward).put("allowRebase", allowRebase)
                    .put("allowRebaseMerge", allowRebaseMerge).scope(scope).build();
        }
    }

    /**
     * Refuse pushes with large files.
     *
     * @param maximumGitBlobSizeInBytes the largest allowed file, positive
     * @param useUncompressedSize       whether the uncompressed size counts, or {@code null}
     * @param scope                     the repositories it applies to
     */
    record FileSizeRestriction(long maximumGitBlobSizeInBytes, Boolean useUncompressedSize,
                               List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: File size restriction. */
        public static final UUID TYPE_ID = UUID.fromString("2e26e725-8201-4edd-8bf5-978563c34a80");

        /**
         * Checks the size and copies the scope.
         *
         * @param maximumGitBlobSizeInBytes the largest allowed file, positive
         * @param useUncompressedSize       whether the uncompressed size counts, or {@code null}
         * @param scope                     the repositories it applies to
         * @throws NullPointerException     if {@code scope} or one of its entries is null
         * @throws IllegalArgumentException if {@code maximumGitBlobSizeInBytes} is not positive
         */
        public FileSizeRestriction {
            if (maximumGitBlobSizeInBytes < 1) {
                throw new IllegalArgumentException("maximumGitBlobSizeInBytes must be positive: "
                        + maximumGitBlobSizeInBytes);
            }
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("maximumGitBlobSizeInBytes", maximumGitBlobSizeInBytes)
                    .put("useUncompressedSize", useUncompressedSize).scope(scope).build();
        }
    }

    /**
     * Refuse pushes with long paths.
     *
     * @param maxPathLength the longest allowed path, positive
     * @param scope         the repositories it applies to
     */
    record PathLengthRestriction(int maxPathLength, List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Path Length restriction. */
        public static final UUID TYPE_ID = UUID.fromString("001a79cf-fda1-4c4e-9e7c-bac40ee5ead8");

        /**
         * Checks the length and copies the scope.
         *
         * @param maxPathLength the longest allowed path, positive
         * @param scope         the repositories it applies to
         * @throws NullPointerException     if {@code scope} or one of its entries is null
         * @throws IllegalArgumentException if {@code maxPathLength} is not positive
         */
        public PathLengthRestriction {
            if (maxPathLength < 1) {
                throw new IllegalArgumentException("maxPathLength must be positive: " + maxPathLength);
            }
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("maxPathLength", maxPathLength).scope(scope).build();
        }
    }

    /**
     * Refuse pushes with names reserved by Windows.
     *
     * @param scope the repositories it applies to
     */
    record ReservedNames(List<PolicyScope> scope) implements PolicySettings {

        /** The policy type: Reserved names restriction. */
        public static final UUID TYPE_ID = UUID.fromString("db2b9b4c-180d-4529-9701-01541d19f36b");

        /**
         * Copies the scope.
         *
         * @param scope the repositories it applies to
         */
        public ReservedNames {
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().scope(scope).build();
        }
    }

    /**
     * A status posted by an external service must succeed.
     *
     * @param statusName               the status context name, not blank
     * @param statusGenre              the status context genre, or {@code null}
     * @param authorId                 the identity that must post it, or {@code null} for anyone
     * @param invalidateOnSourceUpdate whether a push resets it, or {@code null}
     * @param defaultDisplayName       the name shown, or {@code null}
     * @param filenamePatterns         the paths it is limited to, or {@code null} for every path
     * @param scope                    the branches it applies to
     */
    record StatusCheck(String statusName, String statusGenre, String authorId, Boolean invalidateOnSourceUpdate,
                       String defaultDisplayName, List<String> filenamePatterns, List<PolicyScope> scope)
            implements PolicySettings {

        /** The policy type: Status. */
        public static final UUID TYPE_ID = UUID.fromString("cbdc66da-9728-4af8-aada-9a5a32e4a226");

        /**
         * Checks the status name and copies the lists.
         *
         * @param statusName               the status context name, not blank
         * @param statusGenre              the status context genre, or {@code null}
         * @param authorId                 the identity that must post it, or {@code null} for anyone
         * @param invalidateOnSourceUpdate whether a push resets it, or {@code null}
         * @param defaultDisplayName       the name shown, or {@code null}
         * @param filenamePatterns         the paths it is limited to, or {@code null} for every path
         * @param scope                    the branches it applies to
         * @throws NullPointerException     if {@code statusName} is null
         * @throws IllegalArgumentException if {@code statusName} is blank
         */
        public StatusCheck {
            ado.model.internal.Checks.nonBlank(statusName, "statusName");
            filenamePatterns = filenamePatterns == null ? null : List.copyOf(filenamePatterns);
            scope = PolicyTypes.scope(scope);
        }

        @Override
        public UUID typeId() {
            return TYPE_ID;
        }

        @Override
        public JsonObject toJson() {
            return new SettingsJson.Writer().put("statusName", statusName).put("statusGenre", statusGenre)
                    .put("authorId", authorId).put("invalidateOnSourceUpdate", invalidateOnSourceUpdate)
                    .put("defaultDisplayName", defaultDisplayName).put("filenamePatterns", filenamePatterns)
                    .scope(scope).build();
        }
    }

    /**
     * Settings of any other policy type (or ones the typed records cannot hold), as sent.
     *
     * @param typeId   the policy type id
     * @param settings the settings object
     */
    record Other(UUID typeId, JsonObject settings) implements PolicySettings {

        /**
         * Checks the fields.
         *
         * @param typeId   the policy type id
         * @param settings the settings object
         * @throws NullPointerException if {@code typeId} or {@code settings} is null
         */
        public Other {
            Objects.requireNonNull(typeId, "typeId == null");
            Objects.requireNonNull(settings, "settings == null");
        }

        @Override
        public JsonObject toJson() {
            return settings;
        }
    }
}

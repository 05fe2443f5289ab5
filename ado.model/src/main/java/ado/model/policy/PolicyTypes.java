package ado.model.policy;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reads the typed settings records of {@link PolicySettings} from a {@link SettingsJson}. */
final class PolicyTypes {

    private PolicyTypes() {
    }

    static List<PolicyScope> scope(List<PolicyScope> scope) {
        return List.copyOf(Objects.requireNonNull(scope, "scope == null"));
    }

    /** {@return the typed record for {@code type}, or {@code null} when the type has none} */
    static PolicySettings read(UUID type, SettingsJson in) {
        if (type.equals(PolicySettings.MinimumReviewers.TYPE_ID)) {
            return new PolicySettings.MinimumReviewers(required(in.integer("minimumApproverCount"),
                    "minimumApproverCount"), in.bool("creatorVoteCounts"), in.bool("allowDownvotes"),
                    in.bool("resetOnSourcePush"), in.bool("blockLastPusherVote"),
                    in.bool("requireVoteOnLastIteration"), in.scope());
        } else if (type.equals(PolicySettings.RequiredReviewers.TYPE_ID)) {
            return new PolicySettings.RequiredReviewers(in.strings("requiredReviewerIds"),
                    in.integer("minimumApproverCount"), in.bool("creatorVoteCounts"), in.string("message"),
                    in.strings("filenamePatterns"), in.scope());
        } else if (type.equals(PolicySettings.BuildValidation.TYPE_ID)) {
            return new PolicySettings.BuildValidation(required(in.integer("buildDefinitionId"), "buildDefinitionId"),
                    in.bool("queueOnSourceUpdateOnly"), in.bool("manualQueueOnly"), in.string("displayName"),
                    in.number("validDuration"), in.strings("filenamePatterns"), in.scope());
        } else if (type.equals(PolicySettings.CommentResolution.TYPE_ID)) {
            return new PolicySettings.CommentResolution(in.scope());
        } else if (type.equals(PolicySettings.WorkItemLinking.TYPE_ID)) {
            return new PolicySettings.WorkItemLinking(in.scope());
        } else if (type.equals(PolicySettings.MergeStrategy.TYPE_ID)) {
            return new PolicySettings.MergeStrategy(in.bool("allowSquash"), in.bool("allowNoFastForward"),
                    in.bool("allowRebase"), in.bool("allowRebaseMerge"), in.scope());
        } else if (type.equals(PolicySettings.FileSizeRestriction.TYPE_ID)) {
            return new PolicySettings.FileSizeRestriction(required(in.longValue("maximumGitBlobSizeInBytes"),
                    "maximumGitBlobSizeInBytes"), in.bool("useUncompressedSize"), in.scope());
        } else if (type.equals(PolicySettings.PathLengthRestriction.TYPE_ID)) {
            return new PolicySettings.PathLengthRestriction(required(in.integer("maxPathLength"), "maxPathLength"),
                    in.scope());
        } else if (type.equals(PolicySettings.ReservedNames.TYPE_ID)) {
            return new PolicySettings.ReservedNames(in.scope());
        } else if (type.equals(PolicySettings.StatusCheck.TYPE_ID)) {
            return new PolicySettings.StatusCheck(in.string("statusName"), in.string("statusGenre"),
                    in.string("authorId"), in.bool("invalidateOnSourceUpdate"), in.string("defaultDisplayName"),
                    in.strings("filenamePatterns"), in.scope());
        }
        return null;
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw new SettingsJson.Mismatch(member);
        }
        return value;
    }
}

package ado.model.wit;

import java.util.Objects;

/**
 * A work item field's reference name, such as {@code System.Title}: constants for the common {@code System.*} and
 * {@code Microsoft.VSTS.*} fields, and {@link #of(String)} for any other (custom fields such as
 * {@code Custom.Reviewed}). Azure DevOps compares reference names ignoring case; so does {@link #equals(Object)}.
 *
 * @param referenceName the reference name: letters, digits, {@code _} and {@code .}, not blank
 */
public record WorkItemFieldName(String referenceName) {

    /** {@code System.Id}: the id (integer, read-only). */
    public static final WorkItemFieldName ID = of("System.Id");
    /** {@code System.Rev}: the revision (integer, read-only). */
    public static final WorkItemFieldName REV = of("System.Rev");
    /** {@code System.Title} (string, at most 255 characters, required). */
    public static final WorkItemFieldName TITLE = of("System.Title");
    /** {@code System.Description} (HTML). */
    public static final WorkItemFieldName DESCRIPTION = of("System.Description");
    /** {@code System.History}: a discussion entry added with this change (HTML). */
    public static final WorkItemFieldName HISTORY = of("System.History");
    /** {@code System.State} (string, one of the type's states). */
    public static final WorkItemFieldName STATE = of("System.State");
    /** {@code System.Reason} (string). */
    public static final WorkItemFieldName REASON = of("System.Reason");
    /** {@code System.WorkItemType} (string). */
    public static final WorkItemFieldName WORK_ITEM_TYPE = of("System.WorkItemType");
    /** {@code System.TeamProject} (string). */
    public static final WorkItemFieldName TEAM_PROJECT = of("System.TeamProject");
    /** {@code System.AreaPath} (tree path, backslash-separated). */
    public static final WorkItemFieldName AREA_PATH = of("System.AreaPath");
    /** {@code System.IterationPath} (tree path, backslash-separated). */
    public static final WorkItemFieldName ITERATION_PATH = of("System.IterationPath");
    /** {@code System.AssignedTo} (identity). */
    public static final WorkItemFieldName ASSIGNED_TO = of("System.AssignedTo");
    /** {@code System.CreatedBy} (identity, read-only). */
    public static final WorkItemFieldName CREATED_BY = of("System.CreatedBy");
    /** {@code System.CreatedDate} (date, read-only). */
    public static final WorkItemFieldName CREATED_DATE = of("System.CreatedDate");
    /** {@code System.ChangedBy} (identity, read-only). */
    public static final WorkItemFieldName CHANGED_BY = of("System.ChangedBy");
    /** {@code System.ChangedDate} (date, read-only). */
    public static final WorkItemFieldName CHANGED_DATE = of("System.ChangedDate");
    /** {@code System.Tags}: tags separated by {@code "; "} (plain text). */
    public static final WorkItemFieldName TAGS = of("System.Tags");
    /** {@code System.Parent}: the parent's id (integer, read-only; set by a parent link). */
    public static final WorkItemFieldName PARENT = of("System.Parent");
    /** {@code System.CommentCount} (integer, read-only). */
    public static final WorkItemFieldName COMMENT_COUNT = of("System.CommentCount");
    /** {@code Microsoft.VSTS.Common.Priority} (integer). */
    public static final WorkItemFieldName PRIORITY = of("Microsoft.VSTS.Common.Priority");
    /** {@code Microsoft.VSTS.Common.Severity} (string). */
    public static final WorkItemFieldName SEVERITY = of("Microsoft.VSTS.Common.Severity");
    /** {@code Microsoft.VSTS.Common.ValueArea} (string). */
    public static final WorkItemFieldName VALUE_AREA = of("Microsoft.VSTS.Common.ValueArea");
    /** {@code Microsoft.VSTS.Common.Activity} (string). */
    public static final WorkItemFieldName ACTIVITY = of("Microsoft.VSTS.Common.Activity");
    /** {@code Microsoft.VSTS.Common.AcceptanceCriteria} (HTML). */
    public static final WorkItemFieldName ACCEPTANCE_CRITERIA = of("Microsoft.VSTS.Common.AcceptanceCriteria");
    /** {@code Microsoft.VSTS.Common.BusinessValue} (integer). */
    public static final WorkItemFieldName BUSINESS_VALUE = of("Microsoft.VSTS.Common.BusinessValue");
    /** {@code Microsoft.VSTS.Common.StateChangeDate} (date, read-only). */
    public static final WorkItemFieldName STATE_CHANGE_DATE = of("Microsoft.VSTS.Common.StateChangeDate");
    /** {@code Microsoft.VSTS.Common.ClosedDate} (date, read-only). */
    public static final WorkItemFieldName CLOSED_DATE = of("Microsoft.VSTS.Common.ClosedDate");
    /** {@code Microsoft.VSTS.Scheduling.StoryPoints} (double). */
    public static final WorkItemFieldName STORY_POINTS = of("Microsoft.VSTS.Scheduling.StoryPoints");
    /** {@code Microsoft.VSTS.Scheduling.Effort} (double). */
    public static final WorkItemFieldName EFFORT = of("Microsoft.VSTS.Scheduling.Effort");
    /** {@code Microsoft.VSTS.Scheduling.OriginalEstimate} (double, hours). */
    public static final WorkItemFieldName ORIGINAL_ESTIMATE = of("Microsoft.VSTS.Scheduling.OriginalEstimate");
    /** {@code Microsoft.VSTS.Scheduling.RemainingWork} (double, hours). */
    public static final WorkItemFieldName REMAINING_WORK = of("Microsoft.VSTS.Scheduling.RemainingWork");
    /** {@code Microsoft.VSTS.Scheduling.CompletedWork} (double, hours). */
    public static final WorkItemFieldName COMPLETED_WORK = of("Microsoft.VSTS.Scheduling.CompletedWork");
    /** {@code Microsoft.VSTS.Scheduling.StartDate} (date). */
    public static final WorkItemFieldName START_DATE = of("Microsoft.VSTS.Scheduling.StartDate");
    /** {@code Microsoft.VSTS.Scheduling.FinishDate} (date). */
    public static final WorkItemFieldName FINISH_DATE = of("Microsoft.VSTS.Scheduling.FinishDate");
    /** {@code Microsoft.VSTS.Scheduling.TargetDate} (date). */
    public static final WorkItemFieldName TARGET_DATE = of("Microsoft.VSTS.Scheduling.TargetDate");
    /** {@code Microsoft.VSTS.Scheduling.DueDate} (date). */
    public static final WorkItemFieldName DUE_DATE = of("Microsoft.VSTS.Scheduling.DueDate");
    /** {@code Microsoft.VSTS.TCM.ReproSteps} (HTML). */
    public static final WorkItemFieldName REPRO_STEPS = of("Microsoft.VSTS.TCM.ReproSteps");
    /** {@code Microsoft.VSTS.TCM.SystemInfo} (HTML). */
    public static final WorkItemFieldName SYSTEM_INFO = of("Microsoft.VSTS.TCM.SystemInfo");
    /** {@code Microsoft.VSTS.Build.FoundIn} (string). */
    public static final WorkItemFieldName FOUND_IN = of("Microsoft.VSTS.Build.FoundIn");
    /** {@code Microsoft.VSTS.Build.IntegrationBuild} (string). */
    public static final WorkItemFieldName INTEGRATION_BUILD = of("Microsoft.VSTS.Build.IntegrationBuild");

    /**
     * Checks that {@code referenceName} is a reference name.
     *
     * @param referenceName the reference name: letters, digits, {@code _} and {@code .}, not blank
     * @throws NullPointerException     if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is not dotted, such as {@code System.Title}
     */
    public WorkItemFieldName {
        Objects.requireNonNull(referenceName, "referenceName == null");
        if (!referenceName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+")) {
            throw new IllegalArgumentException("referenceName must be dotted, such as System.Title: '"
                    + referenceName + "'");
        }
    }

    /**
     * {@return the field named {@code referenceName}}
     *
     * @param referenceName the reference name, such as {@code Custom.Approved}
     * @throws NullPointerException     if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is not dotted
     */
    public static WorkItemFieldName of(String referenceName) {
        return new WorkItemFieldName(referenceName);
    }

    /** {@return whether this is a tree path field (area or iteration), whose paths use backslashes} */
    public boolean isTreePath() {
        return equals(AREA_PATH) || equals(ITERATION_PATH);
    }

    /** {@return the JSON Patch path of this field, {@code /fields/{referenceName}}} */
    public String patchPath() {
        return "/fields/" + referenceName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkItemFieldName f && f.referenceName.equalsIgnoreCase(referenceName);
    }

    @Override
    public int hashCode() {
        return referenceName.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return referenceName;
    }
}

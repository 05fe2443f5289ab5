package ado.emulator.internal.wit;

import ado.emulator.internal.org.OrgStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small stand-in for the process and classification store: every project has the Agile process's work item types
 * (Epic, Feature, User Story, Task, Bug, Issue) with their states and transitions, the common fields, the project's
 * root area with one child {@code Web}, and the root iteration with {@code Sprint 1} to {@code Sprint 3}.
 */
public final class SeededWorkItemRules implements WorkItemRules {

    private static final Set<String> REQUIRED = Set.of("System.Title");
    private static final Map<String, TypeRules> TYPES = new LinkedHashMap<>();
    private static final Map<String, FieldRules> FIELDS = new LinkedHashMap<>();

    static {
        Map<String, Set<String>> requirement = Map.of(
                "New", Set.of("Active", "Resolved", "Closed", "Removed"),
                "Active", Set.of("New", "Resolved", "Closed", "Removed"),
                "Resolved", Set.of("New", "Active", "Closed", "Removed"),
                "Closed", Set.of("New", "Active", "Resolved"),
                "Removed", Set.of("New"));
        List<String> requirementStates = List.of("New", "Active", "Resolved", "Closed", "Removed");
        type("Epic", "Microsoft.VSTS.WorkItemTypes.Epic", requirementStates, requirement);
        type("Feature", "Microsoft.VSTS.WorkItemTypes.Feature", requirementStates, requirement);
        type("User Story", "Microsoft.VSTS.WorkItemTypes.UserStory", requirementStates, requirement);
        type("Task", "Microsoft.VSTS.WorkItemTypes.Task", List.of("New", "Active", "Closed", "Removed"), Map.of(
                "New", Set.of("Active", "Closed", "Removed"),
                "Active", Set.of("New", "Closed", "Removed"),
                "Closed", Set.of("New", "Active"),
                "Removed", Set.of("New")));
        type("Bug", "Microsoft.VSTS.WorkItemTypes.Bug", List.of("New", "Active", "Resolved", "Closed"), Map.of(
                "New", Set.of("Active", "Resolved", "Closed"),
                "Active", Set.of("New", "Resolved", "Closed"),
                "Resolved", Set.of("Active", "Closed"),
                "Closed", Set.of("Active")));
        type("Issue", "Microsoft.VSTS.WorkItemTypes.Issue", List.of("Active", "Closed"), Map.of(
                "Active", Set.of("Closed"),
                "Closed", Set.of("Active")));
        field("System.Id", "ID", "integer", true);
        field("System.Rev", "Rev", "integer", true);
        field("System.Title", "Title", "string", false);
        field("System.Description", "Description", "html", false);
        field("System.History", "History", "html", false);
        field("System.State", "State", "string", false);
        field("System.Reason", "Reason", "string", false);
        field("System.WorkItemType", "Work Item Type", "string", false);
        field("System.TeamProject", "Team Project", "string", false);
        field("System.AreaPath", "Area Path", "treePath", false);
        field("System.IterationPath", "Iteration Path", "treePath", false);
        field("System.AssignedTo", "Assigned To", "identity", false);
        field("System.CreatedBy", "Created By", "identity", true);
        field("System.CreatedDate", "Created Date", "dateTime", true);
        field("System.ChangedBy", "Changed By", "identity", true);
        field("System.ChangedDate", "Changed Date", "dateTime", true);
        field("System.AuthorizedAs", "Authorized As", "identity", true);
        field("System.AuthorizedDate", "Authorized Date", "dateTime", true);
        field("System.RevisedDate", "Revised Date", "dateTime", true);
        field("System.Watermark", "Watermark", "integer", true);
        field("System.CommentCount", "Comment Count", "integer", true);
        field("System.Parent", "Parent", "integer", true);
        field("System.Tags", "Tags", "plainText", false);
        field("Microsoft.VSTS.Common.Priority", "Priority", "integer", false);
        field("Microsoft.VSTS.Common.Severity", "Severity", "string", false);
        field("Microsoft.VSTS.Common.ValueArea", "Value Area", "string", false);
        field("Microsoft.VSTS.Common.Activity", "Activity", "string", false);
        field("Microsoft.VSTS.Common.AcceptanceCriteria", "Acceptance Criteria", "html", false);
        field("Microsoft.VSTS.Common.BusinessValue", "Business Value", "integer", false);
        field("Microsoft.VSTS.Common.TimeCriticality", "Time Criticality", "double", false);
        field("Microsoft.VSTS.Common.Risk", "Risk", "string", false);
        field("Microsoft.VSTS.Common.StateChangeDate", "State Change Date", "dateTime", true);
        field("Microsoft.VSTS.Common.ActivatedDate", "Activated Date", "dateTime", true);
        field("Microsoft.VSTS.Common.ActivatedBy", "Activated By", "identity", true);
        field("Microsoft.VSTS.Common.ResolvedDate", "Resolved Date", "dateTime", true);
        field("Microsoft.VSTS.Common.ResolvedBy", "Resolved By", "identity", true);
        field("Microsoft.VSTS.Common.ClosedDate", "Closed Date", "dateTime", true);
        field("Microsoft.VSTS.Common.ClosedBy", "Closed By", "identity", true);
        field("Microsoft.VSTS.Scheduling.StoryPoints", "Story Points", "double", false);
        field("Microsoft.VSTS.Scheduling.Effort", "Effort", "double", false);
        field("Microsoft.VSTS.Scheduling.OriginalEstimate", "Original Estimate", "double", false);
        field("Microsoft.VSTS.Scheduling.RemainingWork", "Remaining Work", "double", false);
        field("Microsoft.VSTS.Scheduling.CompletedWork", "Completed Work", "double", false);
        field("Microsoft.VSTS.Scheduling.StartDate", "Start Date", "dateTime", false);
        field("Microsoft.VSTS.Scheduling.FinishDate", "Finish Date", "dateTime", false);
        field("Microsoft.VSTS.Scheduling.TargetDate", "Target Date", "dateTime", false);
        field("Microsoft.VSTS.Scheduling.DueDate", "Due Date", "dateTime", false);
        field("Microsoft.VSTS.TCM.ReproSteps", "Repro Steps", "html", false);
        field("Microsoft.VSTS.TCM.SystemInfo", "System Info", "html", false);
        field("Microsoft.VSTS.Build.FoundIn", "Found In", "string", false);
        field("Microsoft.VSTS.Build.IntegrationBuild", "Integration Build", "string", false);
        // A custom boolean field, as organisations add them (the Agile process has no built-in boolean field).
        field("Custom.Reviewed", "Reviewed", "boolean", false);
    }

    private final OrgStore org;

    /** Creates the rules for the projects of {@code org}. */
    public SeededWorkItemRules(OrgStore org) {
        this.org = org;
    }

    private static void type(String name, String reference, List<String> states, Map<String, Set<String>> moves) {
        TYPES.put(name.toLowerCase(Locale.ROOT), new TypeRules(name, reference, states.get(0), states, moves,
                REQUIRED));
    }

    private static void field(String reference, String name, String type, boolean readOnly) {
        var f = new FieldRules(reference, name, type, readOnly);
        FIELDS.put(reference.toLowerCase(Locale.ROOT), f);
        FIELDS.put(name.toLowerCase(Locale.ROOT), f);
    }

    @Override
    public Optional<TypeRules> type(String project, String name) {
        if (org.findProject(project).isEmpty() || name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<FieldRules> field(String nameOrReference) {
        return nameOrReference == null ? Optional.empty()
                : Optional.ofNullable(FIELDS.get(nameOrReference.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean pathExists(String project, String kind, String path) {
        var p = org.findProject(project);
        if (p.isEmpty() || path == null) {
            return false;
        }
        String root = p.get().name();
        List<String> paths = kind.equals("area") ? List.of(root, root + "\\Web")
                : List.of(root, root + "\\Sprint 1", root + "\\Sprint 2", root + "\\Sprint 3");
        return paths.stream().anyMatch(x -> x.equalsIgnoreCase(path));
    }
}

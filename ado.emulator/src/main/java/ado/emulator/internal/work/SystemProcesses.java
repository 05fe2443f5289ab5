package ado.emulator.internal.work;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The system processes Agile (the default), Scrum and Basic with ADO's ids, their work item types, states (with
 * categories), fields and rules, and the organisation's system fields. Workflow: any state may move to any other,
 * except that a {@code Removed} item may only go back to the initial state and a completed item may not be removed.
 */
final class SystemProcesses {

    static final UUID AGILE = UUID.fromString("adcc42ab-9882-485e-a3ed-7678f01f66bc");
    static final UUID SCRUM = UUID.fromString("6b724908-ef14-45cf-84f8-768b5384da45");
    static final UUID BASIC = UUID.fromString("b8a3a935-7e91-48b8-a94c-606d37c3e9f2");

    static final String EPIC = "Microsoft.EpicCategory";
    static final String FEATURE = "Microsoft.FeatureCategory";
    static final String REQUIREMENT = "Microsoft.RequirementCategory";
    static final String TASK = "Microsoft.TaskCategory";
    static final String BUG = "Microsoft.BugCategory";

    /** Fields every type has (Title is required through a rule). */
    private static final List<String> COMMON = List.of("System.Id", "System.Title", "System.Description",
            "System.State", "System.Reason", "System.AssignedTo", "System.AreaPath", "System.IterationPath",
            "System.AreaId", "System.IterationId", "System.WorkItemType", "System.TeamProject", "System.Tags",
            "System.CreatedDate", "System.CreatedBy", "System.ChangedDate", "System.ChangedBy", "System.Rev",
            "System.History", "System.CommentCount", "System.BoardColumn", "System.BoardColumnDone",
            "System.Parent", "Microsoft.VSTS.Common.StateChangeDate", "Microsoft.VSTS.Common.ActivatedDate",
            "Microsoft.VSTS.Common.ActivatedBy", "Microsoft.VSTS.Common.ClosedDate",
            "Microsoft.VSTS.Common.ClosedBy", "Microsoft.VSTS.Common.Priority",
            "Microsoft.VSTS.Common.StackRank");

    private SystemProcesses() {
    }

    /** {@return the organisation's system fields, by reference name} */
    static Map<String, FieldDef> fields() {
        var f = new LinkedHashMap<String, FieldDef>();
        field(f, "System.Id", "ID", "integer", true);
        field(f, "System.Title", "Title", "string", false);
        field(f, "System.Description", "Description", "html", false);
        field(f, "System.State", "State", "string", false);
        field(f, "System.Reason", "Reason", "string", false);
        field(f, "System.AssignedTo", "Assigned To", "identity", false);
        field(f, "System.AreaPath", "Area Path", "treePath", false);
        field(f, "System.IterationPath", "Iteration Path", "treePath", false);
        field(f, "System.AreaId", "Area ID", "integer", false);
        field(f, "System.IterationId", "Iteration ID", "integer", false);
        field(f, "System.WorkItemType", "Work Item Type", "string", false); // changing the type is allowed
        field(f, "System.TeamProject", "Team Project", "string", false);   // moving to another project is allowed
        field(f, "System.Tags", "Tags", "plainText", false);
        field(f, "System.CreatedDate", "Created Date", "dateTime", true);
        field(f, "System.CreatedBy", "Created By", "identity", true);
        field(f, "System.ChangedDate", "Changed Date", "dateTime", true);
        field(f, "System.ChangedBy", "Changed By", "identity", true);
        field(f, "System.Rev", "Rev", "integer", true);
        field(f, "System.History", "History", "history", false);
        field(f, "System.CommentCount", "Comment Count", "integer", true);
        field(f, "System.BoardColumn", "Board Column", "string", true);
        field(f, "System.BoardColumnDone", "Board Column Done", "boolean", true);
        field(f, "System.Parent", "Parent", "integer", false);
        field(f, "Microsoft.VSTS.Common.StateChangeDate", "State Change Date", "dateTime", true);
        field(f, "Microsoft.VSTS.Common.ActivatedDate", "Activated Date", "dateTime", true);
        field(f, "Microsoft.VSTS.Common.ActivatedBy", "Activated By", "identity", true);
        field(f, "Microsoft.VSTS.Common.ClosedDate", "Closed Date", "dateTime", true);
        field(f, "Microsoft.VSTS.Common.ClosedBy", "Closed By", "identity", true);
        field(f, "Microsoft.VSTS.Common.ResolvedDate", "Resolved Date", "dateTime", true);
        field(f, "Microsoft.VSTS.Common.ResolvedReason", "Resolved Reason", "string", false);
        field(f, "Microsoft.VSTS.Common.Priority", "Priority", "integer", false);
        field(f, "Microsoft.VSTS.Common.Severity", "Severity", "string", false);
        field(f, "Microsoft.VSTS.Common.ValueArea", "Value Area", "string", false);
        field(f, "Microsoft.VSTS.Common.Risk", "Risk", "string", false);
        field(f, "Microsoft.VSTS.Common.Activity", "Activity", "string", false);
        field(f, "Microsoft.VSTS.Common.AcceptanceCriteria", "Acceptance Criteria", "html", false);
        field(f, "Microsoft.VSTS.Common.StackRank", "Stack Rank", "double", false);
        field(f, "Microsoft.VSTS.Common.BacklogPriority", "Backlog Priority", "double", false);
        field(f, "Microsoft.VSTS.Common.BusinessValue", "Business Value", "integer", false);
        field(f, "Microsoft.VSTS.Common.TimeCriticality", "Time Criticality", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.StoryPoints", "Story Points", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.Effort", "Effort", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.RemainingWork", "Remaining Work", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.OriginalEstimate", "Original Estimate", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.CompletedWork", "Completed Work", "double", false);
        field(f, "Microsoft.VSTS.Scheduling.StartDate", "Start Date", "dateTime", false);
        field(f, "Microsoft.VSTS.Scheduling.TargetDate", "Target Date", "dateTime", false);
        field(f, "Microsoft.VSTS.Scheduling.DueDate", "Due Date", "dateTime", false);
        field(f, "Microsoft.VSTS.TCM.ReproSteps", "Repro Steps", "html", false);
        field(f, "Microsoft.VSTS.TCM.SystemInfo", "System Info", "html", false);
        return f;
    }

    private static void field(Map<String, FieldDef> f, String ref, String name, String type, boolean readOnly) {
        f.put(ref, new FieldDef(ref, name, type, readOnly, "", false));
    }

    /** {@return Agile (the default), Scrum and Basic} */
    static List<Process> processes() {
        var agile = new Process(AGILE, "Agile", "Microsoft.VSTS.Process.Agile",
                "This template is flexible and will work great for most teams using Agile planning methods.", null);
        agile.isDefault = true;
        behaviors(agile, "Stories");
        String[][] portfolio = {{"New", "Proposed"}, {"Active", "InProgress"}, {"Resolved", "Resolved"},
                {"Closed", "Completed"}, {"Removed", "Removed"}};
        type(agile, "Microsoft.VSTS.WorkItemTypes.Epic", "Epic", "FF7B00", "icon_crown", EPIC, portfolio,
                "Microsoft.VSTS.Scheduling.StartDate", "Microsoft.VSTS.Scheduling.TargetDate",
                "Microsoft.VSTS.Common.BusinessValue", "Microsoft.VSTS.Common.TimeCriticality",
                "Microsoft.VSTS.Common.ValueArea", "Microsoft.VSTS.Scheduling.Effort");
        type(agile, "Microsoft.VSTS.WorkItemTypes.Feature", "Feature", "773B93", "icon_trophy", FEATURE, portfolio,
                "Microsoft.VSTS.Scheduling.StartDate", "Microsoft.VSTS.Scheduling.TargetDate",
                "Microsoft.VSTS.Common.BusinessValue", "Microsoft.VSTS.Common.TimeCriticality",
                "Microsoft.VSTS.Common.ValueArea", "Microsoft.VSTS.Scheduling.Effort");
        type(agile, "Microsoft.VSTS.WorkItemTypes.UserStory", "User Story", "009CCC", "icon_book", REQUIREMENT,
                portfolio, "Microsoft.VSTS.Scheduling.StoryPoints", "Microsoft.VSTS.Common.AcceptanceCriteria",
                "Microsoft.VSTS.Common.ValueArea", "Microsoft.VSTS.Common.Risk");
        type(agile, "Microsoft.VSTS.WorkItemTypes.Task", "Task", "F2CB1D", "icon_clipboard", TASK,
                new String[][] {{"New", "Proposed"}, {"Active", "InProgress"}, {"Closed", "Completed"},
                        {"Removed", "Removed"}},
                "Microsoft.VSTS.Scheduling.RemainingWork", "Microsoft.VSTS.Scheduling.OriginalEstimate",
                "Microsoft.VSTS.Scheduling.CompletedWork", "Microsoft.VSTS.Common.Activity");
        type(agile, "Microsoft.VSTS.WorkItemTypes.Bug", "Bug", "CC293D", "icon_insect", BUG,
                new String[][] {{"New", "Proposed"}, {"Active", "InProgress"}, {"Resolved", "Resolved"},
                        {"Closed", "Completed"}},
                "Microsoft.VSTS.TCM.ReproSteps", "Microsoft.VSTS.TCM.SystemInfo", "Microsoft.VSTS.Common.Severity",
                "Microsoft.VSTS.Scheduling.StoryPoints", "Microsoft.VSTS.Common.ResolvedReason");
        type(agile, "Microsoft.VSTS.WorkItemTypes.Issue", "Issue", "B4009E", "icon_clipboard_issue", null,
                new String[][] {{"Active", "InProgress"}, {"Closed", "Completed"}},
                "Microsoft.VSTS.Scheduling.DueDate");

        var scrum = new Process(SCRUM, "Scrum", "Microsoft.VSTS.Process.Scrum",
                "This template is for teams who follow the Scrum framework.", null);
        behaviors(scrum, "Backlog items");
        String[][] scrumPortfolio = {{"New", "Proposed"}, {"In Progress", "InProgress"}, {"Done", "Completed"},
                {"Removed", "Removed"}};
        String[][] backlog = {{"New", "Proposed"}, {"Approved", "Proposed"}, {"Committed", "InProgress"},
                {"Done", "Completed"}, {"Removed", "Removed"}};
        type(scrum, "Microsoft.VSTS.WorkItemTypes.Epic", "Epic", "FF7B00", "icon_crown", EPIC, scrumPortfolio,
                "Microsoft.VSTS.Scheduling.TargetDate", "Microsoft.VSTS.Common.BusinessValue",
                "Microsoft.VSTS.Scheduling.Effort");
        type(scrum, "Microsoft.VSTS.WorkItemTypes.Feature", "Feature", "773B93", "icon_trophy", FEATURE,
                scrumPortfolio, "Microsoft.VSTS.Scheduling.TargetDate", "Microsoft.VSTS.Common.BusinessValue",
                "Microsoft.VSTS.Scheduling.Effort");
        type(scrum, "Microsoft.VSTS.WorkItemTypes.ProductBacklogItem", "Product Backlog Item", "009CCC",
                "icon_list", REQUIREMENT, backlog, "Microsoft.VSTS.Scheduling.Effort",
                "Microsoft.VSTS.Common.BusinessValue", "Microsoft.VSTS.Common.AcceptanceCriteria");
        type(scrum, "Microsoft.VSTS.WorkItemTypes.Task", "Task", "F2CB1D", "icon_clipboard", TASK,
                new String[][] {{"To Do", "Proposed"}, {"In Progress", "InProgress"}, {"Done", "Completed"},
                        {"Removed", "Removed"}},
                "Microsoft.VSTS.Scheduling.RemainingWork", "Microsoft.VSTS.Common.Activity");
        type(scrum, "Microsoft.VSTS.WorkItemTypes.Bug", "Bug", "CC293D", "icon_insect", BUG, backlog,
                "Microsoft.VSTS.TCM.ReproSteps", "Microsoft.VSTS.TCM.SystemInfo", "Microsoft.VSTS.Common.Severity",
                "Microsoft.VSTS.Scheduling.Effort");
        type(scrum, "Microsoft.VSTS.WorkItemTypes.Impediment", "Impediment", "B4009E", "icon_traffic_cone", null,
                new String[][] {{"Open", "InProgress"}, {"Closed", "Completed"}});

        var basic = new Process(BASIC, "Basic", "Microsoft.VSTS.Process.Basic",
                "This template is for teams who want the simplest model: Epics, Issues and Tasks.", null);
        behaviors(basic, "Issues");
        String[][] simple = {{"To Do", "Proposed"}, {"Doing", "InProgress"}, {"Done", "Completed"}};
        type(basic, "Microsoft.VSTS.WorkItemTypes.Epic", "Epic", "FF7B00", "icon_crown", EPIC, simple,
                "Microsoft.VSTS.Scheduling.StartDate", "Microsoft.VSTS.Scheduling.TargetDate",
                "Microsoft.VSTS.Scheduling.Effort");
        type(basic, "Microsoft.VSTS.WorkItemTypes.Issue", "Issue", "339947", "icon_clipboard_issue", REQUIREMENT,
                simple, "Microsoft.VSTS.Scheduling.Effort");
        type(basic, "Microsoft.VSTS.WorkItemTypes.Task", "Task", "F2CB1D", "icon_clipboard", TASK, simple,
                "Microsoft.VSTS.Scheduling.RemainingWork", "Microsoft.VSTS.Common.Activity");
        return List.of(agile, scrum, basic);
    }

    private static void behaviors(Process p, String requirementBacklog) {
        p.behaviors.put("System.PortfolioBacklogBehavior", new BehaviorDef("System.PortfolioBacklogBehavior",
                "Portfolio", "Portfolio level backlogs", "999999", 0, "system", null));
        p.behaviors.put("Microsoft.VSTS.Common.EpicBacklogBehavior", new BehaviorDef(
                "Microsoft.VSTS.Common.EpicBacklogBehavior", "Epics", "Epic level backlog", "FF7B00", 30, "system",
                "System.PortfolioBacklogBehavior"));
        p.behaviors.put("Microsoft.VSTS.Common.FeatureBacklogBehavior", new BehaviorDef(
                "Microsoft.VSTS.Common.FeatureBacklogBehavior", "Features", "Feature level backlog", "773B93", 20,
                "system", "System.PortfolioBacklogBehavior"));
        p.behaviors.put("System.RequirementBacklogBehavior", new BehaviorDef("System.RequirementBacklogBehavior",
                requirementBacklog, "Requirement level backlog", "009CCC", 10, "system", null));
        p.behaviors.put("System.TaskBacklogBehavior", new BehaviorDef("System.TaskBacklogBehavior", "Tasks",
                "Task level backlog", "F2CB1D", 5, "system", null));
    }

    private static void type(Process p, String ref, String name, String color, String icon, String category,
                             String[][] states, String... extraFields) {
        var t = new WitDef(ref, name, "Tracks a " + name.toLowerCase(java.util.Locale.ROOT) + ".", color, icon,
                null, "system", category);
        String[] colors = {"B2B2B2", "007ACC", "FF9D00", "339933", "FFFFFF"};
        for (int i = 0; i < states.length; i++) {
            String cat = states[i][1];
            String c = switch (cat) {
                case "Proposed" -> colors[0];
                case "InProgress" -> colors[1];
                case "Resolved" -> colors[2];
                case "Completed" -> colors[3];
                default -> colors[4];
            };
            t.states.add(new StateDef(id(p.referenceName + "/" + ref + "/state/" + states[i][0]), states[i][0], c,
                    cat, i + 1, "system"));
        }
        workflow(t);
        for (String f : COMMON) {
            t.fields.put(f, use(f));
        }
        for (String f : extraFields) {
            t.fields.put(f, use(f));
        }
        t.rules.add(new RuleDef(id(p.referenceName + "/" + ref + "/rule/title"), "Require a title", List.of(),
                List.of(JsonObject.builder().put("actionType", "makeRequired").put("targetField", "System.Title")
                        .build()), false, "system"));
        p.types.put(ref, t);
    }

    private static FieldUse use(String ref) {
        List<String> allowed = switch (ref) {
            case "Microsoft.VSTS.Common.Priority" -> List.of("1", "2", "3", "4");
            case "Microsoft.VSTS.Common.Severity" -> List.of("1 - Critical", "2 - High", "3 - Medium", "4 - Low");
            case "Microsoft.VSTS.Common.ValueArea" -> List.of("Architectural", "Business");
            case "Microsoft.VSTS.Common.Risk" -> List.of("1 - High", "2 - Medium", "3 - Low");
            case "Microsoft.VSTS.Common.Activity" -> List.of("Deployment", "Design", "Development",
                    "Documentation", "Requirements", "Testing");
            default -> List.of();
        };
        JsonValue defaultValue = switch (ref) {
            case "Microsoft.VSTS.Common.Priority" -> JsonNumber.of(2);
            case "Microsoft.VSTS.Common.Severity" -> new JsonString("3 - Medium");
            case "Microsoft.VSTS.Common.ValueArea" -> new JsonString("Business");
            default -> null;
        };
        return new FieldUse(ref, false, false, defaultValue, allowed, "system");
    }

    /** Sets ADO's transitions for the type's states: see the class comment. */
    static void workflow(WitDef t) {
        t.transitions.clear();
        String initial = t.states.isEmpty() ? null : t.states.get(0).name;
        for (StateDef from : t.states) {
            var to = new LinkedHashSet<String>();
            for (StateDef s : t.states) {
                if (s == from) {
                    continue;
                }
                if (from.category.equals("Removed") && !s.name.equals(initial)) {
                    continue;
                }
                if (s.category.equals("Removed") && from.category.equals("Completed")) {
                    continue;
                }
                to.add(s.name);
            }
            t.transitions.put(from.name, to);
        }
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> categories() {
        return new ArrayList<>(List.of(EPIC, FEATURE, REQUIREMENT, TASK, BUG));
    }
}

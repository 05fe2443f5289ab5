package ado.emulator.internal.wiql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields WIQL can name by display name, with their reference names and kinds. Any other dotted name is taken as
 * a reference name; an undotted name that is not here is an unknown field (TF51005).
 */
final class Fields {

    /** How values of a field compare. */
    enum Kind { STRING, NUMBER, DATE, IDENTITY, PATH, TAGS, BOOLEAN }

    /** A field: reference name, display name, kind. */
    record Field(String referenceName, String name, Kind kind) {
    }

    /** The pseudo-field of link queries. */
    static final Field LINK_TYPE = new Field("System.Links.LinkType", "Link Type", Kind.STRING);

    private static final Map<String, Field> BY_NAME = new LinkedHashMap<>();

    static {
        add("System.Id", "ID", Kind.NUMBER);
        add("System.Title", "Title", Kind.STRING);
        add("System.State", "State", Kind.STRING);
        add("System.Reason", "Reason", Kind.STRING);
        add("System.WorkItemType", "Work Item Type", Kind.STRING);
        add("System.AssignedTo", "Assigned To", Kind.IDENTITY);
        add("System.CreatedBy", "Created By", Kind.IDENTITY);
        add("System.ChangedBy", "Changed By", Kind.IDENTITY);
        add("System.CreatedDate", "Created Date", Kind.DATE);
        add("System.ChangedDate", "Changed Date", Kind.DATE);
        add("System.AreaPath", "Area Path", Kind.PATH);
        add("System.IterationPath", "Iteration Path", Kind.PATH);
        add("System.TeamProject", "Team Project", Kind.STRING);
        add("System.Tags", "Tags", Kind.TAGS);
        add("System.Description", "Description", Kind.STRING);
        add("System.History", "History", Kind.STRING);
        add("System.Rev", "Rev", Kind.NUMBER);
        add("System.Parent", "Parent", Kind.NUMBER);
        add("System.BoardColumn", "Board Column", Kind.STRING);
        add("System.CommentCount", "Comment Count", Kind.NUMBER);
        add("Microsoft.VSTS.Common.Priority", "Priority", Kind.NUMBER);
        add("Microsoft.VSTS.Common.Severity", "Severity", Kind.STRING);
        add("Microsoft.VSTS.Common.ValueArea", "Value Area", Kind.STRING);
        add("Microsoft.VSTS.Common.StackRank", "Stack Rank", Kind.NUMBER);
        add("Microsoft.VSTS.Common.BacklogPriority", "Backlog Priority", Kind.NUMBER);
        add("Microsoft.VSTS.Common.BusinessValue", "Business Value", Kind.NUMBER);
        add("Microsoft.VSTS.Common.Risk", "Risk", Kind.STRING);
        add("Microsoft.VSTS.Common.ActivatedDate", "Activated Date", Kind.DATE);
        add("Microsoft.VSTS.Common.ClosedDate", "Closed Date", Kind.DATE);
        add("Microsoft.VSTS.Common.ResolvedDate", "Resolved Date", Kind.DATE);
        add("Microsoft.VSTS.Common.StateChangeDate", "State Change Date", Kind.DATE);
        add("Microsoft.VSTS.Common.AcceptanceCriteria", "Acceptance Criteria", Kind.STRING);
        add("Microsoft.VSTS.Scheduling.StoryPoints", "Story Points", Kind.NUMBER);
        add("Microsoft.VSTS.Scheduling.Effort", "Effort", Kind.NUMBER);
        add("Microsoft.VSTS.Scheduling.RemainingWork", "Remaining Work", Kind.NUMBER);
        add("Microsoft.VSTS.Scheduling.OriginalEstimate", "Original Estimate", Kind.NUMBER);
        add("Microsoft.VSTS.Scheduling.CompletedWork", "Completed Work", Kind.NUMBER);
        add("Microsoft.VSTS.Scheduling.StartDate", "Start Date", Kind.DATE);
        add("Microsoft.VSTS.Scheduling.TargetDate", "Target Date", Kind.DATE);
        add("Microsoft.VSTS.Scheduling.DueDate", "Due Date", Kind.DATE);
        add("Microsoft.VSTS.TCM.ReproSteps", "Repro Steps", Kind.STRING);
        BY_NAME.put(LINK_TYPE.referenceName().toLowerCase(Locale.ROOT), LINK_TYPE);
    }

    private static final Set<String> IDS = Set.of("id", "system.id");

    private Fields() {
    }

    private static void add(String reference, String name, Kind kind) {
        Field f = new Field(reference, name, kind);
        BY_NAME.put(reference.toLowerCase(Locale.ROOT), f);
        BY_NAME.put(name.toLowerCase(Locale.ROOT), f);
    }

    /** {@return the field {@code name} names: a known display or reference name, or any dotted reference name} */
    static Optional<Field> find(String name) {
        Field known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        return name.contains(".") && !name.startsWith(".") && !name.endsWith(".")
                ? Optional.of(new Field(name, name, Kind.STRING)) : Optional.empty();
    }

    /** {@return whether {@code name} is the id field} */
    static boolean isId(String name) {
        return IDS.contains(name.toLowerCase(Locale.ROOT));
    }
}

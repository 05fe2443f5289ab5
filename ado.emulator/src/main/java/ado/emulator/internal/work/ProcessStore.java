package ado.emulator.internal.work;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation's processes and fields: the system processes of {@link SystemProcesses} (read-only: ADO's
 * VS402356) and inherited processes derived from them, which copy the parent's types and may change them. Every
 * project uses Agile unless {@link #assign} says otherwise. Call under the {@link WorkStore} lock.
 */
public final class ProcessStore {

    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final Map<UUID, Process> processes = new LinkedHashMap<>();
    private final Map<UUID, UUID> projectProcess = new HashMap<>();
    private int serial;

    ProcessStore() {
        fields.putAll(SystemProcesses.fields());
        SystemProcesses.processes().forEach(p -> processes.put(p.id, p));
    }

    // ---- fields

    /** {@return every field of the organisation} */
    public List<FieldDef> fields() {
        return List.copyOf(fields.values());
    }

    /** {@return the field whose reference or display name is {@code nameOrRef} (case-insensitive)} */
    public Optional<FieldDef> field(String nameOrRef) {
        return fields.values().stream().filter(f -> f.referenceName().equalsIgnoreCase(nameOrRef)
                || f.name().equalsIgnoreCase(nameOrRef)).findFirst();
    }

    /** {@return a new custom field; 409 when the name or reference name is taken} */
    public FieldDef createField(String name, String referenceName, String type, String description) {
        String ref = referenceName != null ? referenceName : "Custom." + name.replaceAll("[^A-Za-z0-9]", "");
        if (field(ref).isPresent() || field(name).isPresent()) {
            throw WorkErrors.exists("field", ref);
        }
        if (!List.of("string", "integer", "dateTime", "plainText", "html", "treePath", "double", "guid", "boolean",
                "identity", "picklistString", "picklistInteger", "picklistDouble").contains(type)) {
            throw WorkErrors.invalidProcessOperation("The field type '" + type + "' is not valid.");
        }
        var f = new FieldDef(ref, name, type, false, description, true);
        fields.put(ref, f);
        return f;
    }

    // ---- processes

    /** {@return the processes: system ones first} */
    public List<Process> list() {
        return List.copyOf(processes.values());
    }

    /** {@return process {@code id}; 404 when none} */
    public Process get(UUID id) {
        Process p = processes.get(id);
        if (p == null) {
            throw WorkErrors.processNotFound(id);
        }
        return p;
    }

    /** {@return process {@code id} when it may be changed; 403 VS402356 for a system process} */
    public Process editable(UUID id) {
        Process p = get(id);
        if (p.system()) {
            throw WorkErrors.systemProcess(p.name);
        }
        return p;
    }

    /** {@return the process {@code project} uses} */
    public Process of(Project project) {
        return processes.get(projectProcess.getOrDefault(project.id(), SystemProcesses.AGILE));
    }

    /** Makes {@code project} use process {@code processId}. */
    public void assign(Project project, UUID processId) {
        projectProcess.put(project.id(), get(processId).id);
    }

    /** {@return the projects using {@code p}, among {@code projects}} */
    public List<Project> projects(Process p, List<Project> projects) {
        return projects.stream().filter(pr -> of(pr) == p).toList();
    }

    /** {@return a new process inheriting from system process {@code parentId}} */
    public Process create(String name, UUID parentId, String description, String referenceName) {
        Process parent = get(parentId);
        if (!parent.system()) {
            throw WorkErrors.invalidProcessOperation("A process can only inherit from a system process; '"
                    + parent.name + "' is inherited.");
        }
        checkName(name, null);
        UUID id = UUID.nameUUIDFromBytes(("process/" + name + "/" + (++serial)).getBytes(StandardCharsets.UTF_8));
        String ref = referenceName != null ? referenceName : "Inherited." + id.toString().replace("-", "");
        var p = new Process(id, name.strip(), ref, description == null ? "" : description, parentId);
        parent.types.forEach((k, t) -> p.types.put(k, t.inheritedCopy()));
        parent.behaviors.forEach((k, b) -> p.behaviors.put(k, b.copy("inherited")));
        processes.put(id, p);
        return p;
    }

    /** {@return process {@code id} after the changes (null: unchanged)} */
    public Process update(UUID id, String name, String description, Boolean isDefault, Boolean isEnabled) {
        Process p = editable(id);
        if (name != null) {
            checkName(name, p);
        }
        if (Boolean.TRUE.equals(isDefault)) {
            processes.values().forEach(o -> o.isDefault = false);
        }
        if (name != null) {
            p.name = name.strip();
        }
        if (description != null) {
            p.description = description;
        }
        if (isDefault != null) {
            p.isDefault = isDefault;
            if (!isDefault && processes.values().stream().noneMatch(o -> o.isDefault)) {
                processes.get(SystemProcesses.AGILE).isDefault = true;
            }
        }
        if (isEnabled != null) {
            p.enabled = isEnabled;
        }
        return p;
    }

    /** Deletes process {@code id}; refused for system processes and processes projects use. */
    public void delete(UUID id, List<Project> projects) {
        Process p = editable(id);
        if (!projects(p, projects).isEmpty()) {
            throw WorkErrors.invalidProcessOperation("The process '" + p.name + "' cannot be deleted because "
                    + "projects use it.");
        }
        processes.remove(id);
        if (p.isDefault) {
            processes.get(SystemProcesses.AGILE).isDefault = true;
        }
    }

    private void checkName(String name, Process self) {
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The process name must not be empty.");
        }
        if (processes.values().stream().anyMatch(o -> o != self && o.name.equalsIgnoreCase(name.strip()))) {
            throw WorkErrors.processExists(name.strip());
        }
    }

    // ---- work item types

    /** {@return type {@code ref} of process {@code p}; 404 when none} */
    public WitDef type(Process p, String ref) {
        return p.type(ref).orElseThrow(() -> WorkErrors.typeNotFound(ref));
    }

    /** {@return a new custom type, or when {@code inheritsFrom} names an inherited type, that type changed} */
    public WitDef createType(UUID processId, String name, String description, String color, String icon,
                             String inheritsFrom, Boolean disabled) {
        Process p = editable(processId);
        if (inheritsFrom != null) {
            WitDef t = type(p, inheritsFrom);
            applyType(t, description, color, icon, disabled);
            return t;
        }
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The work item type name must not be empty.");
        }
        if (p.type(name).isPresent()) {
            throw WorkErrors.exists("work item type", name);
        }
        String ref = p.referenceName + "." + name.replaceAll("[^A-Za-z0-9]", "");
        var t = new WitDef(ref, name.strip(), description == null ? "" : description,
                color == null ? "009CCC" : color, icon == null ? "icon_clipboard" : icon, null, "custom", null);
        t.states.add(new StateDef(UUID.randomUUID(), "New", "B2B2B2", "Proposed", 1, "custom"));
        t.states.add(new StateDef(UUID.randomUUID(), "Active", "007ACC", "InProgress", 2, "custom"));
        t.states.add(new StateDef(UUID.randomUUID(), "Closed", "339933", "Completed", 3, "custom"));
        SystemProcesses.workflow(t);
        for (var e : p.types.values().iterator().next().fields.entrySet()) {
            if (e.getKey().startsWith("System.")) {
                t.fields.put(e.getKey(), new FieldUse(e.getKey(), false, false, null, List.of(), "system"));
            }
        }
        t.rules.add(new RuleDef(UUID.randomUUID(), "Require a title", List.of(), List.of(JsonObject.builder()
                .put("actionType", "makeRequired").put("targetField", "System.Title").build()), false, "system"));
        applyType(t, null, null, null, disabled);
        p.types.put(ref, t);
        return t;
    }

    /** {@return type {@code ref} after the changes} */
    public WitDef updateType(UUID processId, String ref, String description, String color, String icon,
                             Boolean disabled) {
        WitDef t = type(editable(processId), ref);
        applyType(t, description, color, icon, disabled);
        return t;
    }

    private static void applyType(WitDef t, String description, String color, String icon, Boolean disabled) {
        if (description != null) {
            t.description = description;
        }
        if (color != null) {
            t.color = color;
        }
        if (icon != null) {
            t.icon = icon;
        }
        if (disabled != null) {
            t.disabled = disabled;
        }
    }

    /** Deletes custom type {@code ref}. */
    public void deleteType(UUID processId, String ref) {
        Process p = editable(processId);
        WitDef t = type(p, ref);
        if (!t.customization.equals("custom")) {
            throw WorkErrors.invalidProcessOperation("The inherited work item type '" + t.name + "' cannot be "
                    + "deleted; disable it instead.");
        }
        p.types.remove(t.referenceName);
    }

    // ---- states

    /** {@return a new custom state of type {@code ref}} */
    public StateDef createState(UUID processId, String ref, String name, String color, String category,
                                Integer order) {
        WitDef t = type(editable(processId), ref);
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The state name must not be empty.");
        }
        if (t.state(name).isPresent()) {
            throw WorkErrors.exists("state", name);
        }
        String cat = category == null ? "InProgress" : category;
        if (!List.of("Proposed", "InProgress", "Resolved", "Completed", "Removed").contains(cat)) {
            throw WorkErrors.invalidProcessOperation("The state category '" + cat + "' is not valid; use Proposed, "
                    + "InProgress, Resolved, Completed or Removed.");
        }
        int position = order != null ? order : t.states.stream().mapToInt(s -> s.order).max().orElse(0) + 1;
        var s = new StateDef(UUID.randomUUID(), name.strip(), color == null ? "007ACC" : color, cat, position,
                "custom");
        t.states.add(s);
        SystemProcesses.workflow(t);
        return s;
    }

    /** {@return state {@code stateId} of type {@code ref} after the changes; inherited states may only be hidden} */
    public StateDef updateState(UUID processId, String ref, UUID stateId, String name, String color, Integer order,
                                Boolean hidden) {
        WitDef t = type(editable(processId), ref);
        StateDef s = state(t, stateId);
        boolean custom = s.customization.equals("custom");
        if (!custom && (name != null || color != null || order != null)) {
            throw WorkErrors.invalidProcessOperation("The inherited state '" + s.name + "' can only be hidden.");
        }
        if (Boolean.TRUE.equals(hidden) && t.states().size() == 1 && !s.hidden) {
            throw WorkErrors.invalidProcessOperation("A work item type needs at least one visible state.");
        }
        if (name != null) {
            s.name = name.strip();
        }
        if (color != null) {
            s.color = color;
        }
        if (order != null) {
            s.order = order;
        }
        if (hidden != null) {
            s.hidden = hidden;
        }
        SystemProcesses.workflow(t);
        return s;
    }

    /** Deletes custom state {@code stateId} of type {@code ref}. */
    public void deleteState(UUID processId, String ref, UUID stateId) {
        WitDef t = type(editable(processId), ref);
        StateDef s = state(t, stateId);
        if (!s.customization.equals("custom")) {
            throw WorkErrors.invalidProcessOperation("The inherited state '" + s.name + "' cannot be deleted; "
                    + "hide it instead.");
        }
        t.states.remove(s);
        SystemProcesses.workflow(t);
    }

    /** {@return state {@code stateId} of {@code t}; 404 when none} */
    public StateDef state(WitDef t, UUID stateId) {
        return t.states.stream().filter(s -> s.id.equals(stateId)).findFirst()
                .orElseThrow(() -> WorkErrors.partNotFound("state", stateId));
    }

    // ---- fields of types

    /** {@return field {@code fieldRef} added to type {@code ref}} */
    public FieldUse addField(UUID processId, String ref, String fieldRef, JsonValue defaultValue, Boolean required,
                             Boolean readOnly, List<String> allowed) {
        WitDef t = type(editable(processId), ref);
        FieldDef f = field(fieldRef).orElseThrow(() -> WorkErrors.fieldNotFound(fieldRef));
        if (t.fields.containsKey(f.referenceName())) {
            throw WorkErrors.exists("field", f.referenceName());
        }
        var use = new FieldUse(f.referenceName(), Boolean.TRUE.equals(required), Boolean.TRUE.equals(readOnly),
                defaultValue, allowed == null ? List.of() : allowed, "custom");
        t.fields.put(f.referenceName(), use);
        return use;
    }

    /** {@return field {@code fieldRef} of type {@code ref} after the changes} */
    public FieldUse updateField(UUID processId, String ref, String fieldRef, JsonValue defaultValue,
                                Boolean required, Boolean readOnly, List<String> allowed) {
        WitDef t = type(editable(processId), ref);
        FieldUse use = fieldUse(t, fieldRef);
        if (defaultValue != null) {
            use.defaultValue = defaultValue;
        }
        if (required != null) {
            use.required = required;
        }
        if (readOnly != null) {
            use.readOnly = readOnly;
        }
        if (allowed != null) {
            use.allowedValues = List.copyOf(allowed);
        }
        return use;
    }

    /** Removes custom field {@code fieldRef} from type {@code ref}. */
    public void removeField(UUID processId, String ref, String fieldRef) {
        WitDef t = type(editable(processId), ref);
        FieldUse use = fieldUse(t, fieldRef);
        if (!use.customization.equals("custom")) {
            throw WorkErrors.invalidProcessOperation("The inherited field '" + use.referenceName + "' cannot be "
                    + "removed from the work item type.");
        }
        t.fields.remove(use.referenceName);
    }

    /** {@return the field {@code fieldRef} of {@code t}; 404 when the type does not have it} */
    public FieldUse fieldUse(WitDef t, String fieldRef) {
        return t.fields.values().stream().filter(f -> f.referenceName.equalsIgnoreCase(fieldRef)).findFirst()
                .orElseThrow(() -> WorkErrors.fieldNotFound(fieldRef));
    }

    // ---- rules

    /** {@return a new custom rule of type {@code ref}} */
    public RuleDef createRule(UUID processId, String ref, String name, List<JsonObject> conditions,
                              List<JsonObject> actions, boolean disabled) {
        WitDef t = type(editable(processId), ref);
        checkRule(name, actions);
        var r = new RuleDef(UUID.randomUUID(), name.strip(), conditions, actions, disabled, "custom");
        t.rules.add(r);
        return r;
    }

    /** {@return rule {@code ruleId} replaced; inherited rules may only be disabled or enabled} */
    public RuleDef updateRule(UUID processId, String ref, UUID ruleId, String name, List<JsonObject> conditions,
                              List<JsonObject> actions, boolean disabled) {
        WitDef t = type(editable(processId), ref);
        RuleDef r = rule(t, ruleId);
        if (r.customization.equals("custom")) {
            checkRule(name, actions);
            r.name = name.strip();
            r.conditions = List.copyOf(conditions);
            r.actions = List.copyOf(actions);
        }
        r.disabled = disabled;
        return r;
    }

    /** Deletes custom rule {@code ruleId}. */
    public void deleteRule(UUID processId, String ref, UUID ruleId) {
        WitDef t = type(editable(processId), ref);
        RuleDef r = rule(t, ruleId);
        if (!r.customization.equals("custom")) {
            throw WorkErrors.invalidProcessOperation("The inherited rule '" + r.name + "' cannot be deleted; "
                    + "disable it instead.");
        }
        t.rules.remove(r);
    }

    /** {@return rule {@code ruleId} of {@code t}; 404 when none} */
    public RuleDef rule(WitDef t, UUID ruleId) {
        return t.rules.stream().filter(r -> r.id.equals(ruleId)).findFirst()
                .orElseThrow(() -> WorkErrors.partNotFound("rule", ruleId));
    }

    private void checkRule(String name, List<JsonObject> actions) {
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The rule name must not be empty.");
        }
        if (actions.isEmpty()) {
            throw WorkErrors.invalidProcessOperation("A rule needs at least one action.");
        }
        for (JsonObject a : actions) {
            String target = a.string("targetField").orElse("");
            if (field(target).isEmpty()) {
                throw WorkErrors.fieldNotFound(target);
            }
        }
    }

    // ---- behaviours

    /** {@return behaviour {@code ref} of {@code p}; 404 when none} */
    public BehaviorDef behavior(Process p, String ref) {
        return p.behaviors.values().stream().filter(b -> b.referenceName.equalsIgnoreCase(ref)).findFirst()
                .orElseThrow(() -> WorkErrors.partNotFound("behavior", ref));
    }

    /** {@return a new custom behaviour (a portfolio backlog level)} */
    public BehaviorDef createBehavior(UUID processId, String name, String color, String description,
                                      String referenceName, String inherits) {
        Process p = editable(processId);
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The behavior name must not be empty.");
        }
        String ref = referenceName != null ? referenceName
                : p.referenceName + "." + name.replaceAll("[^A-Za-z0-9]", "") + "Behavior";
        if (p.behaviors.values().stream().anyMatch(b -> b.referenceName.equalsIgnoreCase(ref)
                || b.name.equalsIgnoreCase(name.strip()))) {
            throw WorkErrors.exists("behavior", name);
        }
        String parent = inherits == null ? "System.PortfolioBacklogBehavior" : behavior(p, inherits).referenceName;
        int rank = p.behaviors.values().stream().mapToInt(b -> b.rank).max().orElse(0) + 10;
        var b = new BehaviorDef(ref, name.strip(), description == null ? "" : description,
                color == null ? "999999" : color, rank, "custom", parent);
        p.behaviors.put(ref, b);
        return b;
    }

    /** {@return behaviour {@code ref} after the changes} */
    public BehaviorDef updateBehavior(UUID processId, String ref, String name, String color, String description) {
        BehaviorDef b = behavior(editable(processId), ref);
        if (name != null) {
            b.name = name.strip();
        }
        if (color != null) {
            b.color = color;
        }
        if (description != null) {
            b.description = description;
        }
        return b;
    }

    /** Deletes custom behaviour {@code ref}. */
    public void deleteBehavior(UUID processId, String ref) {
        Process p = editable(processId);
        BehaviorDef b = behavior(p, ref);
        if (!b.customization.equals("custom")) {
            throw WorkErrors.invalidProcessOperation("The inherited behavior '" + b.name + "' cannot be deleted.");
        }
        p.behaviors.remove(b.referenceName);
    }

    /** {@return the categories of {@code p}: reference name to member types, in ADO's order} */
    public Map<String, List<WitDef>> categories(Process p) {
        var out = new LinkedHashMap<String, List<WitDef>>();
        for (String c : SystemProcesses.categories()) {
            List<WitDef> members = new ArrayList<>();
            p.types.values().stream().filter(t -> c.equals(t.category)).forEach(members::add);
            if (!members.isEmpty()) {
                out.put(c, members);
            }
        }
        return out;
    }

    /** {@return a category's display name: {@code Microsoft.RequirementCategory} is {@code Requirement Category}} */
    public static String categoryName(String ref) {
        String base = ref.substring(ref.indexOf('.') + 1).replace("Category", "");
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1) + " Category";
    }
}

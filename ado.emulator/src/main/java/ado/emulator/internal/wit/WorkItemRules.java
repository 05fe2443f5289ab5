package ado.emulator.internal.wit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the work item store needs to know of a project's process: its work item types with their states and
 * transitions, the fields and their types, and which area and iteration paths exist. The work item store enforces
 * these rules; the process and classification-node store provides them.
 */
public interface WorkItemRules {

    /** {@return the work item type named {@code name} (case-insensitive) in {@code project}, if there is one} */
    Optional<TypeRules> type(String project, String name);

    /** {@return the field whose reference name or display name is {@code nameOrReference} (case-insensitive)} */
    Optional<FieldRules> field(String nameOrReference);

    /**
     * {@return whether the classification path exists}
     *
     * @param project the project name
     * @param kind    {@code "area"} or {@code "iteration"}
     * @param path    backslash-separated, starting with the project name, e.g. {@code Fabrikam\Sprint 1}
     */
    boolean pathExists(String project, String kind, String path);

    /**
     * A work item type's rules.
     *
     * @param name           display name, e.g. {@code User Story}
     * @param referenceName  e.g. {@code Microsoft.VSTS.WorkItemTypes.UserStory}
     * @param initialState   the state a new work item gets
     * @param states         every state, in order
     * @param transitions    for each state, the states a work item in it may move to
     * @param requiredFields reference names of fields that must have a value
     */
    record TypeRules(String name, String referenceName, String initialState, List<String> states,
            Map<String, Set<String>> transitions, Set<String> requiredFields) {
    }

    /**
     * A field.
     *
     * @param referenceName e.g. {@code System.Title}
     * @param name          display name, e.g. {@code Title}
     * @param type          ADO's field type: {@code string}, {@code html}, {@code plainText}, {@code integer},
     *                      {@code double}, {@code dateTime}, {@code identity}, {@code boolean}, {@code treePath}
     * @param readOnly      whether clients may not set it
     */
    record FieldRules(String referenceName, String name, String type, boolean readOnly) {
    }
}

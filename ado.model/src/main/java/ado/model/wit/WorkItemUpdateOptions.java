package ado.model.wit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query options of a work item create or update.
 *
 * @param validateOnly          check the change without saving it
 * @param bypassRules           skip the process rules (needs the "bypass rules" permission)
 * @param suppressNotifications send no notifications for the change
 */
public record WorkItemUpdateOptions(boolean validateOnly, boolean bypassRules, boolean suppressNotifications) {

    /** No options: save, with the rules, notifying. */
    public static final WorkItemUpdateOptions NONE = new WorkItemUpdateOptions(false, false, false);

    /** {@return the query parameters (only those that are set)} */
    public Map<String, Object> query() {
        var q = new LinkedHashMap<String, Object>();
        if (validateOnly) {
            q.put("validateOnly", true);
        }
        if (bypassRules) {
            q.put("bypassRules", true);
        }
        if (suppressNotifications) {
            q.put("suppressNotifications", true);
        }
        return q;
    }
}

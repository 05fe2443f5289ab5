package ado.model.work;

import ado.core.json.JsonObject;
import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The changes to a team's settings; only what was set is sent. Build one with {@link #builder()}.
 *
 * @param body the JSON body
 */
public record TeamSettingsPatch(JsonObject body) {

    /**
     * Checks the body.
     *
     * @param body the JSON body
     * @throws NullPointerException if {@code body} is null
     */
    public TeamSettingsPatch {
        Objects.requireNonNull(body, "body == null");
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the changes. */
    public static final class Builder {
        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets how backlogs show bugs.
         *
         * @param behavior off, as requirements or as tasks
         * @return this builder
         * @throws NullPointerException     if {@code behavior} is null
         * @throws IllegalArgumentException if {@code behavior} is {@code UNKNOWN}
         */
        public Builder bugsBehavior(BugsBehavior behavior) {
            if (Objects.requireNonNull(behavior, "bugsBehavior == null") == BugsBehavior.UNKNOWN) {
                throw new IllegalArgumentException("bugsBehavior must be a known value: " + behavior);
            }
            String wire = switch (behavior) {
                case OFF -> "off";
                case AS_REQUIREMENTS -> "asRequirements";
                default -> "asTasks";
            };
            members.put("bugsBehavior", new JsonString(wire));
            return this;
        }

        /**
         * Sets the working days.
         *
         * @param days the team's working days
         * @return this builder
         * @throws NullPointerException if {@code days} or one of them is null
         */
        public Builder workingDays(List<DayOfWeek> days) {
            Objects.requireNonNull(days, "workingDays == null");
            var list = new ArrayList<JsonValue>();
            for (DayOfWeek d : days) {
                list.add(new JsonString(Objects.requireNonNull(d, "workingDays[] == null").name()
                        .toLowerCase(Locale.ROOT)));
            }
            members.put("workingDays", new JsonArray(list));
            return this;
        }

        /**
         * Sets the default iteration (an iteration node's GUID); clears the macro.
         *
         * @param iterationId the iteration node's id
         * @return this builder
         * @throws NullPointerException if {@code iterationId} is null
         */
        public Builder defaultIteration(UUID iterationId) {
            members.put("defaultIteration", new JsonString(Objects.requireNonNull(iterationId,
                    "defaultIteration == null").toString()));
            return this;
        }

        /**
         * Sets the default iteration macro, such as {@code @CurrentIteration}.
         *
         * @param macro the macro, such as {@code @CurrentIteration}
         * @return this builder
         * @throws NullPointerException     if {@code macro} is null
         * @throws IllegalArgumentException if {@code macro} is blank
         */
        public Builder defaultIterationMacro(String macro) {
            members.put("defaultIterationMacro", new JsonString(ado.model.internal.Checks.nonBlank(macro,
                    "defaultIterationMacro")));
            return this;
        }

        /**
         * Sets the backlog iteration (an iteration node's GUID).
         *
         * @param iterationId the iteration node's id
         * @return this builder
         * @throws NullPointerException if {@code iterationId} is null
         */
        public Builder backlogIteration(UUID iterationId) {
            members.put("backlogIteration", new JsonString(Objects.requireNonNull(iterationId,
                    "backlogIteration == null").toString()));
            return this;
        }

        /**
         * Shows or hides the backlog level of category {@code categoryReferenceName}.
         *
         * @param categoryReferenceName the backlog category, such as {@code Microsoft.EpicCategory}
         * @param visible               whether the team sees that backlog level
         * @return this builder
         * @throws NullPointerException     if {@code categoryReferenceName} is null
         * @throws IllegalArgumentException if {@code categoryReferenceName} is blank
         */
        public Builder backlogVisibility(String categoryReferenceName, boolean visible) {
            ado.model.internal.Checks.nonBlank(categoryReferenceName, "categoryReferenceName");
            JsonObject current = members.get("backlogVisibilities") instanceof JsonObject o ? o : JsonObject.EMPTY;
            members.put("backlogVisibilities", current.toBuilder().put(categoryReferenceName,
                    JsonBoolean.of(visible)).build());
            return this;
        }

        /** {@return the patch} */
        public TeamSettingsPatch build() {
            return new TeamSettingsPatch(new JsonObject(members));
        }
    }
}

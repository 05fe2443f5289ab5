package ado.emulator.internal.policy;

import ado.core.json.JsonArray;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The organisation's policy configurations. Creating or replacing one checks its type and the settings that type
 * needs (naming the setting when it is missing or invalid); every replace adds a revision.
 */
public final class PolicyStore {

    private final Map<Integer, PolicyConfig> byId = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Clock clock;
    private final Predicate<UUID> knownIdentity;

    /** Creates an empty store; required reviewers must be identities {@code knownIdentity} accepts. */
    public PolicyStore(Clock clock, Predicate<UUID> knownIdentity) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.knownIdentity = Objects.requireNonNull(knownIdentity, "knownIdentity == null");
    }

    /** {@return the new configuration, revision 1} */
    public PolicyConfig create(UUID projectId, UUID typeId, boolean enabled, boolean blocking, JsonObject settings,
                               UUID by) {
        validate(typeId, settings);
        var config = new PolicyConfig(ids.incrementAndGet(), projectId, typeId,
                new PolicyConfig.Revision(1, enabled, blocking, settings, by, clock.instant()));
        byId.put(config.id(), config);
        return config;
    }

    /** {@return configuration {@code id} with a new revision; its type cannot change} */
    public PolicyConfig replace(UUID projectId, int id, UUID typeId, boolean enabled, boolean blocking,
                                JsonObject settings, UUID by) {
        PolicyConfig config = find(projectId, id);
        if (!config.typeId().equals(typeId)) {
            throw PolicyErrors.invalidSetting(PolicyType.find(config.typeId()).map(PolicyType::displayName)
                    .orElse(config.typeId().toString()), "type", "cannot change from " + config.typeId());
        }
        validate(typeId, settings);
        synchronized (config) {
            config.add(new PolicyConfig.Revision(config.current().revision() + 1, enabled, blocking, settings, by,
                    clock.instant()));
        }
        return config;
    }

    /** Deletes configuration {@code id}. */
    public void delete(UUID projectId, int id) {
        find(projectId, id).delete();
    }

    /** {@return configuration {@code id} of the project; 404 when missing or deleted} */
    public PolicyConfig find(UUID projectId, int id) {
        PolicyConfig config = byId.get(id);
        if (config == null || config.deleted() || !config.projectId().equals(projectId)) {
            throw PolicyErrors.configurationNotFound(id);
        }
        return config;
    }

    /** {@return the project's live configurations, by id} */
    public List<PolicyConfig> inProject(UUID projectId) {
        return byId.values().stream().filter(c -> !c.deleted() && c.projectId().equals(projectId))
                .sorted(Comparator.comparingInt(PolicyConfig::id)).toList();
    }

    /** Checks the type exists and has the settings it needs. */
    void validate(UUID typeId, JsonObject settings) {
        PolicyType type = PolicyType.find(typeId).orElseThrow(() -> PolicyErrors.typeNotFound(typeId.toString()));
        String name = type.displayName();
        if (!(settings.get("scope") instanceof JsonArray scope)) {
            throw PolicyErrors.invalidSetting(name, "scope", "is required and must be an array");
        }
        for (JsonValue entry : scope.values()) {
            if (!(entry instanceof JsonObject o)) {
                throw PolicyErrors.invalidSetting(name, "scope", "must contain objects");
            }
            if (o.get("repositoryId") instanceof JsonString s && !isUuid(s.value())) {
                throw PolicyErrors.invalidSetting(name, "scope.repositoryId", "must be a repository id");
            }
            if (o.get("matchKind") instanceof JsonString k && !List.of("exact", "prefix", "defaultbranch")
                    .contains(k.value().toLowerCase(java.util.Locale.ROOT))) {
                throw PolicyErrors.invalidSetting(name, "scope.matchKind", "must be Exact, Prefix or DefaultBranch");
            }
        }
        if (typeId.equals(PolicyType.MINIMUM_REVIEWERS)) {
            positive(name, settings, "minimumApproverCount");
        } else if (typeId.equals(PolicyType.BUILD)) {
            positive(name, settings, "buildDefinitionId");
        } else if (typeId.equals(PolicyType.REQUIRED_REVIEWERS)) {
            if (!(settings.get("requiredReviewerIds") instanceof JsonArray a) || a.size() == 0
                    || !a.values().stream().allMatch(v -> v instanceof JsonString s && isUuid(s.value()))) {
                throw PolicyErrors.invalidSetting(name, "requiredReviewerIds",
                        "is required and must be a non-empty array of identity ids");
            }
            for (JsonValue v : a.values()) {
                String id = ((JsonString) v).value();
                if (!knownIdentity.test(UUID.fromString(id))) {
                    throw PolicyErrors.invalidSetting(name, "requiredReviewerIds",
                            "contains '" + id + "', which is not a known identity");
                }
            }
        } else if (typeId.equals(PolicyType.STATUS)) {
            if (!(settings.get("statusName") instanceof JsonString s) || s.value().isBlank()) {
                throw PolicyErrors.invalidSetting(name, "statusName", "is required");
            }
        } else if (typeId.equals(PolicyType.FILE_SIZE)) {
            positive(name, settings, "maximumGitBlobSizeInBytes");
        } else if (typeId.equals(PolicyType.PATH_LENGTH)) {
            positive(name, settings, "maxPathLength");
        }
    }

    private static void positive(String type, JsonObject settings, String setting) {
        if (!(settings.get(setting) instanceof JsonNumber n) || !n.isLong() || n.longValue() < 1) {
            throw PolicyErrors.invalidSetting(type, setting, "is required and must be a positive integer");
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package ado.emulator.internal.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A security namespace: id, name, token separator, the bits needed to read and change its ACLs, its actions
 * (name to bit, in order) and the pattern its tokens must match.
 */
public record Namespace(UUID id, String name, String displayName, String separator, long readPermission,
                        long writePermission, Map<String, Long> actions, Pattern tokens) {

    /** Copies the actions, keeping their order. */
    public Namespace {
        actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    }

    /** {@return every bit of the namespace} */
    public long allBits() {
        return actions.values().stream().mapToLong(Long::longValue).reduce(0, (a, b) -> a | b);
    }

    /** {@return the parent of {@code token}, or {@code null} at the top} */
    public String parent(String token) {
        if (separator == null) {
            return null;
        }
        String t = token.endsWith(separator) ? token.substring(0, token.length() - separator.length()) : token;
        int i = t.lastIndexOf(separator);
        return i < 0 ? null : t.substring(0, i);
    }

    private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** The Git Repositories namespace: {@code repoV2[/{project}[/{repo}[/refs/heads/{hex}/...]]]}. */
    public static final Namespace GIT = new Namespace(UUID.fromString("2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87"),
            "Git Repositories", "Git Repositories", "/", 2, 8192, orderedMap(
            "Administer", 1L, "GenericRead", 2L, "GenericContribute", 4L, "ForcePush", 8L, "CreateBranch", 16L,
            "CreateTag", 32L, "ManageNote", 64L, "PolicyExempt", 128L, "CreateRepository", 256L,
            "DeleteRepository", 512L, "RenameRepository", 1024L, "EditPolicies", 2048L, "RemoveOthersLocks", 4096L,
            "ManagePermissions", 8192L, "PullRequestContribute", 16384L, "PullRequestBypassPolicy", 32768L),
            Pattern.compile("repoV2(/" + GUID + "(/" + GUID + "(/refs(/heads(/([0-9a-fA-F]{2})+)*/?)?)?)?)?",
                    Pattern.CASE_INSENSITIVE));

    /** The Project namespace: {@code $PROJECT:vstfs:///Classification/TeamProject/{id}}. */
    public static final Namespace PROJECT = new Namespace(UUID.fromString("52d39943-cb85-4d7f-8fa8-c6baac873819"),
            "Project", "Project", null, 1, 8192, orderedMap("GENERIC_READ", 1L, "GENERIC_WRITE", 2L, "DELETE", 4L,
            "PUBLISH_TEST_RESULTS", 8L, "ADMINISTER_BUILD", 16L, "START_BUILD", 32L, "EDIT_BUILD_STATUS", 64L,
            "UPDATE_BUILD", 128L, "DELETE_TEST_RESULTS", 256L, "VIEW_TEST_RESULTS", 512L, "MANAGE_TEST_ENVIRONMENTS",
            1024L, "MANAGE_TEST_CONFIGURATIONS", 2048L, "WORK_ITEM_DELETE", 4096L, "WORK_ITEM_MOVE", 8192L,
            "WORK_ITEM_PERMANENTLY_DELETE", 16384L, "RENAME", 32768L),
            Pattern.compile("\\$PROJECT(:vstfs:///Classification/TeamProject/" + GUID + ")?",
                    Pattern.CASE_INSENSITIVE));

    /** The Build namespace: {@code {projectId}[/{definition path and id}]}. */
    public static final Namespace BUILD = new Namespace(UUID.fromString("33344d9c-fc72-4d6f-aba5-fa317101a7e9"),
            "Build", "Build", "/", 1, 16384, orderedMap("ViewBuilds", 1L, "EditBuildQuality", 2L,
            "RetainIndefinitely", 4L, "DeleteBuilds", 8L, "ManageBuildQualities", 16L, "DestroyBuilds", 32L,
            "UpdateBuildInformation", 64L, "QueueBuilds", 128L, "ManageBuildQueue", 256L, "StopBuilds", 512L,
            "ViewBuildDefinition", 1024L, "EditBuildDefinition", 2048L, "DeleteBuildDefinition", 4096L,
            "OverrideBuildCheckInValidation", 8192L, "AdministerBuildPermissions", 16384L),
            Pattern.compile(GUID + "(/[^/]+)*", Pattern.CASE_INSENSITIVE));

    /** {@return the namespaces the emulator knows} */
    public static List<Namespace> all() {
        return List.of(GIT, PROJECT, BUILD);
    }

    private static Map<String, Long> orderedMap(Object... pairs) {
        var m = new LinkedHashMap<String, Long>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return m;
    }
}

package ado.emulator.internal.search;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.FlatTree;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.git.TreeEntry;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Code search over the default branch of every repository: a file matches when its name or its text contains the
 * search text (case-insensitively). Results are ordered by project, repository and path.
 */
public final class CodeSearch {

    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the code search. */
    public CodeSearch(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** {@return the matching files, filtered by {@code Project} and {@code Repository} filters when given} */
    public List<JsonObject> find(String text, String projectName, Map<String, List<String>> filters) {
        String needle = text.toLowerCase(Locale.ROOT);
        var out = new ArrayList<JsonObject>();
        for (Project p : org.projects()) {
            if (projectName != null && !p.name().equalsIgnoreCase(projectName) && !p.id().toString()
                    .equalsIgnoreCase(projectName) || !allowed(filters, "Project", p.name())) {
                continue;
            }
            for (Repository r : repos.inProject(p.id())) {
                if (!allowed(filters, "Repository", r.name()) || r.defaultBranch().isEmpty()) {
                    continue;
                }
                String branch = r.defaultBranch().get();
                var head = r.ref(branch);
                if (head.isEmpty()) {
                    continue;
                }
                var commit = r.objects().commit(head.get().objectId()).orElseThrow();
                FlatTree tree = FlatTree.of(r.objects(), commit.tree());
                for (Map.Entry<String, TreeEntry> f : tree.filesUnder("").entrySet()) {
                    String path = f.getKey();
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    String content = r.objects().blob(f.getValue().id())
                            .map(b -> new String(b.data(), StandardCharsets.UTF_8)).orElse("");
                    List<JsonValue> inContent = offsets(content.toLowerCase(Locale.ROOT), needle);
                    List<JsonValue> inName = offsets(name.toLowerCase(Locale.ROOT), needle);
                    if (inContent.isEmpty() && inName.isEmpty()) {
                        continue;
                    }
                    out.add(JsonObject.builder()
                            .put("fileName", name)
                            .put("path", "/" + path)
                            .put("matches", JsonObject.builder().put("content", new JsonArray(inContent))
                                    .put("fileName", new JsonArray(inName)).build())
                            .put("collection", JsonObject.builder().put("name", org.organization()).build())
                            .put("project", JsonObject.builder().put("name", p.name()).put("id", p.id().toString())
                                    .build())
                            .put("repository", JsonObject.builder().put("name", r.name()).put("id", r.id().toString())
                                    .put("type", "git").build())
                            .put("versions", new JsonArray(List.of(JsonObject.builder()
                                    .put("branchName", branch.substring("refs/heads/".length()))
                                    .put("changeId", head.get().objectId().toString()).build())))
                            .put("contentId", f.getValue().id().toString())
                            .build());
                }
            }
        }
        return out;
    }

    private static boolean allowed(Map<String, List<String>> filters, String name, String value) {
        List<String> wanted = filters.get(name);
        return wanted == null || wanted.isEmpty() || wanted.stream().anyMatch(w -> w.equalsIgnoreCase(value));
    }

    private static List<JsonValue> offsets(String haystack, String needle) {
        var out = new ArrayList<JsonValue>();
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            out.add(JsonObject.builder().put("charOffset", i).put("length", needle.length()).put("line", 0)
                    .put("column", 0).put("type", "content").build());
        }
        return out;
    }
}

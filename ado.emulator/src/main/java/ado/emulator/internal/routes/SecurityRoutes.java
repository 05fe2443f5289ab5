package ado.emulator.internal.routes;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * Access control lists of the Git security namespace ({@value #GIT_NAMESPACE}), read-only: every project
 * ({@code repoV2/{projectId}}) and repository ({@code repoV2/{projectId}/{repoId}}) grants the project
 * administrators group everything. Other namespaces answer an empty list.
 */
public final class SecurityRoutes {

    static final String GIT_NAMESPACE = "2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87";
    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the security routes. */
    public SecurityRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "_apis/accesscontrollists/{namespaceId}", this::acls);
    }

    private Reply acls(Call call) {
        if (!call.var("namespaceId").equalsIgnoreCase(GIT_NAMESPACE)) {
            return Reply.json(Wire.envelope(List.of()));
        }
        var tokens = new ArrayList<String>();
        for (Project p : org.projects()) {
            tokens.add("repoV2/" + p.id());
            for (Repository repo : repos.inProject(p.id())) {
                tokens.add("repoV2/" + p.id() + "/" + repo.id());
            }
        }
        var wanted = call.query("token");
        boolean recurse = call.flag("recurse");
        List<JsonValue> acls = tokens.stream()
                .filter(t -> wanted.isEmpty() || t.equalsIgnoreCase(wanted.get())
                        || recurse && t.toLowerCase().startsWith(wanted.get().toLowerCase() + "/"))
                .map(t -> (JsonValue) acl(t))
                .toList();
        return Reply.json(Wire.envelope(acls));
    }

    private JsonObject acl(String token) {
        String descriptor = "Microsoft.TeamFoundation.Identity;S-1-9-1551374245-" + Math.abs(token.hashCode())
                + "-0-0-0-1";
        return JsonObject.builder()
                .put("inheritPermissions", true)
                .put("token", token)
                .put("acesDictionary", JsonObject.builder().put(descriptor, JsonObject.builder()
                        .put("descriptor", descriptor).put("allow", 16383).put("deny", 0).build()).build())
                .build();
    }
}

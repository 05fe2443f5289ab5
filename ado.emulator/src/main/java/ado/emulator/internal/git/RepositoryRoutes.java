package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.List;
import java.util.UUID;

/** Repositories: list, get by name or id, create. */
public final class RepositoryRoutes {

    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the repository routes. */
    public RepositoryRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/_apis/git/repositories", this::list)
                .add("GET", "_apis/git/repositories", this::list)
                .add("POST", "{project}/_apis/git/repositories", this::create)
                .add("POST", "_apis/git/repositories", this::create);
        GitScope.both(r, "GET", "", this::get);
    }

    private Reply list(Call call) {
        Wire wire = Wire.of(call, org);
        UUID project = GitScope.projectId(call, org);
        List<Repository> list = project == null ? repos.all() : repos.inProject(project);
        return Reply.json(Wire.envelope(list.stream().map(x -> (JsonValue) wire.repository(x, false)).toList()));
    }

    private Reply get(Call call) {
        return Reply.json(Wire.of(call, org).repository(GitScope.repository(call, org, repos), true));
    }

    private Reply create(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        String name = Bodies.string(body, "name");
        if (name.isBlank() || name.matches(".*[\\\\/:*?\"<>|;#$%{}`~&+].*")) {
            throw AdoError.badRequest("TF401016: The name '" + name + "' is not a valid Git repository name.");
        }
        Project project = call.optionalVar("project").map(org::project)
                .or(() -> Bodies.optionalObject(body, "project").flatMap(p -> Bodies.optionalString(p, "id")
                        .or(() -> Bodies.optionalString(p, "name"))).map(org::project))
                .orElseThrow(() -> AdoError.missingArgument("project"));
        Repository repo = repos.create(org.idFor("repository", project.name() + "/" + name), name, project.id());
        return Reply.json(201, Wire.of(call, org).repository(repo, false));
    }
}

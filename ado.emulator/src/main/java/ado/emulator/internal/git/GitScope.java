package ado.emulator.internal.git;

import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.UUID;

/** Finds the repository a Git route addresses, with or without a project segment. */
final class GitScope {

    private static final String REPO = "_apis/git/repositories/{repositoryId}";

    private GitScope() {
    }

    /** Registers {@code handler} for both {@code {project}/_apis/git/repositories/{id}...} and the org-level form. */
    static void both(Router r, String method, String suffix, Handler handler) {
        r.add(method, "{project}/" + REPO + suffix, handler);
        r.add(method, REPO + suffix, handler);
    }

    /** {@return the project of the call, or {@code null} when the URL has none} */
    static UUID projectId(Call call, OrgStore org) {
        return call.optionalVar("project").map(org::project).map(Project::id).orElse(null);
    }

    /** {@return the repository the call addresses; 404 TF200016 or TF401019} */
    static Repository repository(Call call, OrgStore org, RepoStore repos) {
        return repos.find(projectId(call, org), call.var("repositoryId"));
    }
}

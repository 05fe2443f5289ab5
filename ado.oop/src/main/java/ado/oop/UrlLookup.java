package ado.oop;

import ado.model.git.GitPullRequest;
import ado.model.git.GitRepository;
import ado.model.git.GitRepositoryRef;
import ado.model.git.PullRequests;
import ado.model.git.Repositories;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItems;

/**
 * Resolves pull requests, repositories, work items and builds from their web or REST URLs to the service's objects
 * (the identity map's, so the same instance as reached by id). A URL that names the project (and repository) is
 * resolved without a request; one that leaves out what the object layer needs to place the object asks Azure DevOps
 * once. Stateless.
 */
final class UrlLookup {

    static final String PULL_REQUEST = "a pull request URL of this organisation, such as {org}/{project}/_git/{repo}"
            + "/pullrequest/{id} or {org}[/{project}]/_apis/git/repositories/{repoId}/pullRequests/{id} or "
            + "{org}[/{project}]/_apis/git/pullRequests/{id}";
    static final String REPOSITORY = "a repository URL of this organisation, such as {org}/{project}/_git/{repo}[/...]"
            + " or {org}[/{project}]/_apis/git/repositories/{repoId}";
    static final String WORK_ITEM = "a work item URL of this organisation, such as {org}[/{project}]/_workitems/edit"
            + "/{id} or {org}[/{project}]/_apis/wit/workItems/{id}";
    static final String BUILD = "a build URL of this organisation, such as {org}/{project}/_build/results?buildId={id}"
            + " or {org}/{project}/_apis/build/builds/{id}";

    private UrlLookup() {
    }

    static PullRequest pullRequest(Organization org, String url) {
        ObjectUrls.Parts p = parse(org, url, PULL_REQUEST);
        if (p.rest().size() == 4 && p.startsWith("_git", null, "pullrequest")) {
            return project(org, p).repository(p.rest().get(1)).pullRequest(p.id(3, "pull request id"));
        }
        if (p.rest().size() == 6 && p.startsWith("_apis", "git", "repositories", null, "pullrequests")) {
            return repository(org, p, p.rest().get(3)).pullRequest(p.id(5, "pull request id"));
        }
        if (p.rest().size() == 4 && p.startsWith("_apis", "git", "pullrequests")) {
            int id = p.id(3, "pull request id");
            GitPullRequest info = PullRequests.getById(p.project().map(x -> org.api().project(x)).orElse(org.api()),
                    id);
            GitRepositoryRef repo = info.repository();
            if (repo == null || repo.project() == null || repo.project().id() == null) {
                throw ClientFailures.unexpectedAnswer("the repository and project of pull request " + id);
            }
            PullRequest pr = org.project(repo.project().id(), repo.project().name()).repository(repo.id().toString())
                    .pullRequest(id);
            pr.offer(info);
            return pr;
        }
        throw p.unknownShape();
    }

    static Repository repository(Organization org, String url) {
        ObjectUrls.Parts p = parse(org, url, REPOSITORY);
        if (p.rest().size() >= 2 && p.startsWith("_git")) {
            return project(org, p).repository(p.rest().get(1));
        }
        if (p.rest().size() == 4 && p.startsWith("_apis", "git", "repositories")) {
            return repository(org, p, p.rest().get(3));
        }
        throw p.unknownShape();
    }

    static WorkItem workItem(Organization org, String url) {
        ObjectUrls.Parts p = parse(org, url, WORK_ITEM);
        int id;
        if (p.rest().size() == 3 && p.startsWith("_workitems", "edit")) {
            id = p.id(2, "work item id");
        } else if (p.rest().size() == 4 && p.startsWith("_apis", "wit", "workitems")) {
            id = p.id(3, "work item id");
        } else {
            throw p.unknownShape();
        }
        if (p.project().isPresent()) {
            return project(org, p).workItem(id);
        }
        // work item ids are unique in the organisation, but the object layer keeps a work item under its project
        ado.model.wit.WorkItem info = WorkItems.get(org.api(), id);
        String project = info.fields().string(WorkItemFieldName.TEAM_PROJECT.referenceName()).orElseThrow(
                () -> ClientFailures.unexpectedAnswer("the System.TeamProject field of work item " + id));
        WorkItem item = org.project(project).workItem(id);
        item.offer(info);
        return item;
    }

    static Build build(Organization org, String url) {
        ObjectUrls.Parts p = parse(org, url, BUILD);
        Project project = project(org, p);
        if (p.rest().size() <= 2 && p.startsWith("_build") && (p.rest().size() == 1
                || p.rest().get(1).equalsIgnoreCase("results") || p.rest().get(1).equalsIgnoreCase("index"))) {
            String id = p.query().get("buildid");
            if (id == null) {
                throw ObjectUrls.invalid(url, BUILD, "it has no buildId parameter");
            }
            return project.build(p.positive(id, "buildId"));
        }
        if (p.rest().size() == 4 && p.startsWith("_apis", "build", "builds")) {
            return project.build(p.id(3, "build id"));
        }
        throw p.unknownShape();
    }

    private static ObjectUrls.Parts parse(Organization org, String url, String expected) {
        return ObjectUrls.parse(org.service().client().organization(), url, expected);
    }

    private static Project project(Organization org, ObjectUrls.Parts p) {
        return org.project(p.project().orElseThrow(p::needsProject));
    }

    /** The repository {@code idOrName} of the URL's project; without a project, an id read once to find it. */
    private static Repository repository(Organization org, ObjectUrls.Parts p, String idOrName) {
        if (p.project().isPresent()) {
            return project(org, p).repository(idOrName);
        }
        if (IdentityMap.parseId(idOrName) == null) {
            throw ObjectUrls.invalid(p.url(), p.expected(), "it names a repository by name ('" + idOrName
                    + "') but no project");
        }
        GitRepository info = Repositories.get(org.api(), idOrName);
        if (info.project() == null || info.project().id() == null) {
            throw ClientFailures.unexpectedAnswer("the project of repository " + idOrName);
        }
        return org.project(info.project().id(), info.project().name()).repository(info);
    }
}

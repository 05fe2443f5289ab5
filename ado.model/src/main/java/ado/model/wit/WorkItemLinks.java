package ado.model.wit;

import ado.core.ApiCall;
import ado.core.json.JsonObject;
import ado.model.git.PullRequests;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Objects;
import java.util.UUID;

/**
 * Relations to add to a work item ({@link WorkItemPatch#addRelation(WorkItemRelation)}): links to other work items
 * (parent, child, related, ...), hyperlinks, attachments and artifact links to commits, pull requests and builds,
 * with the {@code vstfs:///} artifact ids Azure DevOps expects.
 */
public final class WorkItemLinks {

    /** The link from a child to its parent. */
    public static final String PARENT = "System.LinkTypes.Hierarchy-Reverse";
    /** The link from a parent to a child. */
    public static final String CHILD = "System.LinkTypes.Hierarchy-Forward";
    /** A link between related work items. */
    public static final String RELATED = "System.LinkTypes.Related";
    /** The link to a work item this one depends on (its predecessor). */
    public static final String PREDECESSOR = "System.LinkTypes.Dependency-Reverse";
    /** The link to a work item that depends on this one (its successor). */
    public static final String SUCCESSOR = "System.LinkTypes.Dependency-Forward";
    /** A web link. */
    public static final String HYPERLINK = "Hyperlink";
    /** A link to an artifact (commit, pull request, build). */
    public static final String ARTIFACT_LINK = "ArtifactLink";
    /** An attached file. */
    public static final String ATTACHED_FILE = "AttachedFile";

    private WorkItemLinks() {
    }

    /**
     * {@return the URL that names work item {@code id} in a link: {@code {org}/_apis/wit/workItems/{id}}}
     *
     * @param organization the organisation scope, {@code client.api()}
     * @param id           the work item id
     * @throws NullPointerException     if {@code organization} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static String workItemUrl(ApiCall organization, int id) {
        Objects.requireNonNull(organization, "organization == null");
        return organization.apis("wit", "workItems", Integer.toString(Copies.positive(id, "id"))).uri().toString();
    }

    /**
     * {@return a link of type {@code rel} to the work item at {@code workItemUrl}, with an optional comment}
     *
     * @param rel         the link type, such as {@link #PARENT}
     * @param workItemUrl the URL of the other work item, from {@link #workItemUrl}
     * @param comment     the link comment, or {@code null}
     * @throws NullPointerException     if {@code rel} or {@code workItemUrl} is null
     * @throws IllegalArgumentException if {@code rel} or {@code workItemUrl} is blank
     */
    public static WorkItemRelation workItem(String rel, String workItemUrl, String comment) {
        Checks.nonBlank(rel, "rel");
        Checks.nonBlank(workItemUrl, "workItemUrl");
        return new WorkItemRelation(rel, workItemUrl, comment == null ? JsonObject.EMPTY
                : JsonObject.builder().put("comment", comment).build());
    }

    /**
     * {@return a link to the parent at {@code workItemUrl}}
     *
     * @param workItemUrl the URL of the other work item, from {@link #workItemUrl}
     * @throws NullPointerException     if {@code workItemUrl} is null
     * @throws IllegalArgumentException if {@code workItemUrl} is blank
     */
    public static WorkItemRelation parent(String workItemUrl) {
        return workItem(PARENT, workItemUrl, null);
    }

    /**
     * {@return a link to the child at {@code workItemUrl}}
     *
     * @param workItemUrl the URL of the other work item, from {@link #workItemUrl}
     * @throws NullPointerException     if {@code workItemUrl} is null
     * @throws IllegalArgumentException if {@code workItemUrl} is blank
     */
    public static WorkItemRelation child(String workItemUrl) {
        return workItem(CHILD, workItemUrl, null);
    }

    /**
     * {@return a link to the related work item at {@code workItemUrl}}
     *
     * @param workItemUrl the URL of the other work item, from {@link #workItemUrl}
     * @throws NullPointerException     if {@code workItemUrl} is null
     * @throws IllegalArgumentException if {@code workItemUrl} is blank
     */
    public static WorkItemRelation related(String workItemUrl) {
        return workItem(RELATED, workItemUrl, null);
    }

    /**
     * {@return a hyperlink to {@code url}, with an optional comment}
     *
     * @param url     the web address
     * @param comment the link comment, or {@code null}
     * @throws NullPointerException     if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is blank
     */
    public static WorkItemRelation hyperlink(String url, String comment) {
        return workItem(HYPERLINK, url, comment);
    }

    /**
     * {@return an attachment link to {@code attachment}, with an optional comment}
     *
     * @param attachment the uploaded file, from {@link WorkItemAttachments}
     * @param comment    the link comment, or {@code null}
     * @throws NullPointerException if {@code attachment} is null
     */
    public static WorkItemRelation attachment(AttachmentReference attachment, String comment) {
        Objects.requireNonNull(attachment, "attachment == null");
        return workItem(ATTACHED_FILE, attachment.url(), comment);
    }

    /**
     * {@return an artifact link to {@code artifactId} named {@code name} (such as {@code Fixed in Commit})}
     *
     * @param artifactId the artifact URI, starting with {@code vstfs:///}
     * @param name       the link name, such as {@code Fixed in Commit}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an argument is blank or {@code artifactId} is not a {@code vstfs:///} URI
     */
    public static WorkItemRelation artifact(String artifactId, String name) {
        Checks.nonBlank(artifactId, "artifactId");
        if (!artifactId.startsWith("vstfs:///")) {
            throw new IllegalArgumentException("artifactId must start with vstfs:///: '" + artifactId + "'");
        }
        return new WorkItemRelation(ARTIFACT_LINK, artifactId,
                JsonObject.builder().put("name", Checks.nonBlank(name, "name")).build());
    }

    /**
     * {@return a {@code Fixed in Commit} link to commit {@code commitId} of a repository}
     *
     * @param projectId    the id of the repository's project
     * @param repositoryId the repository id
     * @param commitId     the commit id, 40 lowercase hex digits
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code commitId} is not a SHA-1
     */
    public static WorkItemRelation commit(UUID projectId, UUID repositoryId, String commitId) {
        return artifact(commitArtifactId(projectId, repositoryId, commitId), "Fixed in Commit");
    }

    /**
     * {@return a {@code Pull Request} link to pull request {@code pullRequestId} of a repository}
     *
     * @param projectId     the id of the repository's project
     * @param repositoryId  the repository id
     * @param pullRequestId the pull request id
     * @throws NullPointerException     if an id is null
     * @throws IllegalArgumentException if {@code pullRequestId} is not positive
     */
    public static WorkItemRelation pullRequest(UUID projectId, UUID repositoryId, int pullRequestId) {
        return artifact(PullRequests.artifactId(projectId, repositoryId, pullRequestId), "Pull Request");
    }

    /**
     * {@return a {@code Build} link to build {@code buildId}}
     *
     * @param buildId the build id
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static WorkItemRelation build(int buildId) {
        return artifact(buildArtifactId(buildId), "Build");
    }

    /**
     * {@return {@code vstfs:///Git/Commit/{project}%2F{repository}%2F{commitId}}}
     *
     * @param projectId    the id of the repository's project
     * @param repositoryId the repository id
     * @param commitId     the commit id, 40 lowercase hex digits
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code commitId} is not a SHA-1
     */
    public static String commitArtifactId(UUID projectId, UUID repositoryId, String commitId) {
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(repositoryId, "repositoryId == null");
        return "vstfs:///Git/Commit/" + projectId + "%2F" + repositoryId + "%2F" + Checks.sha(commitId, "commitId");
    }

    /**
     * {@return {@code vstfs:///Build/Build/{buildId}}}
     *
     * @param buildId the build id
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static String buildArtifactId(int buildId) {
        return "vstfs:///Build/Build/" + Copies.positive(buildId, "buildId");
    }

    /**
     * {@return the work item id at the end of a work item link's URL, or 0 when it is not a work item link}
     *
     * @param relation a relation of a work item
     * @throws NullPointerException if {@code relation} is null
     */
    public static int targetId(WorkItemRelation relation) {
        Objects.requireNonNull(relation, "relation == null");
        var m = java.util.regex.Pattern.compile("(?i).*/_apis/wit/workItems/(\\d{1,9})/?").matcher(relation.url());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}

package ado.emulator.internal.http;

import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import java.util.Objects;

/**
 * An Azure DevOps error: the HTTP status and the serialised .NET exception ADO sends
 * ({@code $id, innerException, message, typeName, typeKey, errorCode, eventId}). Thrown by stores and routes;
 * the dispatcher turns it into the response.
 */
public final class AdoError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String SERVER = "Microsoft.TeamFoundation.Framework.Server";
    private static final String GIT = "Microsoft.TeamFoundation.Git.Server";
    private static final String CORE = "Microsoft.TeamFoundation.Core.WebApi";
    private static final String WEBAPI = "Microsoft.VisualStudio.Services.WebApi";

    private final int status;
    private final String typeKey;
    private final String typeName;

    /** Creates an error; {@code namespace} is the .NET namespace and assembly of the type. */
    public AdoError(int status, String typeKey, String namespace, String message) {
        super(Objects.requireNonNull(message, "message == null"), null, false, false);
        this.status = status;
        this.typeKey = Objects.requireNonNull(typeKey, "typeKey == null");
        this.typeName = namespace + "." + typeKey + ", " + namespace;
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return the short .NET type name, such as GitReferenceStaleException} */
    public String typeKey() {
        return typeKey;
    }

    /** {@return the wrapped-exception body ADO sends} */
    public JsonObject body() {
        return JsonObject.builder().put("$id", "1").put("innerException", JsonNull.INSTANCE)
                .put("message", getMessage()).put("typeName", typeName).put("typeKey", typeKey)
                .put("errorCode", 0).put("eventId", 3000).build();
    }

    // ---- factories for the errors the emulator raises -------------------------------------------------------

    /** {@return ADO's error: unauthorized} */
    public static AdoError unauthorized() {
        return new AdoError(401, "UnauthorizedRequestException", SERVER,
                "TF400813: The user '' is not authorized to access this resource.");
    }

    /** {@return ADO's error: bad request} */
    public static AdoError badRequest(String message) {
        return new AdoError(400, "InvalidArgumentValueException", SERVER, message);
    }

    /** {@return ADO's error: missing argument} */
    public static AdoError missingArgument(String name) {
        return new AdoError(400, "ArgumentNullException", "System",
                "Value cannot be null.\r\nParameter name: " + name);
    }

    /** {@return ADO's error: bad json} */
    public static AdoError badJson(String detail) {
        return new AdoError(400, "JsonReaderException", "Newtonsoft.Json", detail);
    }

    /** {@return ADO's error: project not found} */
    public static AdoError projectNotFound(String nameOrId) {
        return new AdoError(404, "ProjectDoesNotExistWithNameException", SERVER,
                "TF200016: The following project does not exist: " + nameOrId
                        + ". Verify that the name of the project is correct and that the project exists on the "
                        + "specified Azure DevOps Server.");
    }

    /** {@return ADO's error: team not found} */
    public static AdoError teamNotFound(String nameOrId) {
        return new AdoError(404, "TeamNotFoundException", CORE,
                "VS800034: The team with id or name '" + nameOrId + "' does not exist.");
    }

    /** {@return ADO's error: repository not found} */
    public static AdoError repositoryNotFound(String nameOrId) {
        return new AdoError(404, "GitRepositoryNotFoundException", GIT,
                "TF401019: The Git repository with name or identifier " + nameOrId
                        + " does not exist or you do not have permissions for the operation you are attempting.");
    }

    /** {@return ADO's error: repository exists} */
    public static AdoError repositoryExists(String name) {
        return new AdoError(409, "GitRepositoryNameAlreadyExistsException", GIT,
                "TF400948: A Git repository with the name " + name + " already exists.");
    }

    /** {@return ADO's error: stale ref} */
    public static AdoError staleRef(String refName) {
        return new AdoError(409, "GitReferenceStaleException", GIT,
                "TF401028: The reference '" + refName + "' has already been updated by another client, so you "
                        + "cannot update it. Please try again.");
    }

    /** {@return ADO's error: unresolvable} */
    public static AdoError unresolvable(String descriptor, String repository) {
        return new AdoError(404, "GitUnresolvableToCommitException", GIT,
                "TF401175:The version descriptor " + descriptor + " could not be resolved to a version in the "
                        + "repository " + repository);
    }

    /** {@return ADO's error: item not found} */
    public static AdoError itemNotFound(String path, String repository, String descriptor) {
        return new AdoError(404, "GitItemNotFoundException", GIT,
                "TF401174: The item '" + path + "' could not be found in the repository '" + repository
                        + "' at the version specified by '" + descriptor + "'.");
    }

    /** {@return ADO's error: commit not found} */
    public static AdoError commitNotFound(String id, String repository) {
        return new AdoError(404, "GitCommitDoesNotExistException", GIT,
                "TF401029: The commit " + id + " does not exist in repository " + repository + ".");
    }

    /** {@return ADO's error: object not found} */
    public static AdoError objectNotFound(String id) {
        return new AdoError(404, "GitObjectNotFoundException", GIT,
                "TF401030: The object " + id + " does not exist.");
    }

    /** {@return ADO's error: path exists} */
    public static AdoError pathExists(String path) {
        return new AdoError(400, "GitPathAlreadyExistsException", GIT,
                "TF402455: The path '" + path + "' specified in the add operation already exists. Please specify "
                        + "a new path.");
    }

    /** {@return ADO's error: path missing} */
    public static AdoError pathMissing(String path, String operation) {
        return new AdoError(404, "GitItemNotFoundException", GIT,
                "TF401174: The item '" + path + "' specified in the " + operation
                        + " operation could not be found in the repository.");
    }

    /** {@return ADO's error: throttled} */
    public static AdoError throttled() {
        return new AdoError(429, "RequestBlockedException", SERVER,
                "TF400733: The request has been canceled: Request was blocked due to exceeding usage of resource "
                        + "'Emulator' in namespace 'User'.");
    }

    /** {@return ADO's error: server} */
    public static AdoError server(int status) {
        return new AdoError(status, "ServiceUnavailableException", SERVER,
                "TF400898: An Internal Error Occurred (emulator fault, status " + status + ").");
    }

    /** {@return ADO's error: no api version} */
    public static AdoError noApiVersion(String method) {
        return new AdoError(400, "VssVersionNotSpecifiedException", WEBAPI,
                "No api-version was supplied for the \"" + method + "\" request. The version must be supplied "
                        + "either as part of the Accept header (e.g. \"application/json; api-version=1.0\") or as "
                        + "a query parameter (e.g. '?api-version=1.0').");
    }

    /** {@return ADO's error: bad api version} */
    public static AdoError badApiVersion(String version) {
        return new AdoError(400, "VssInvalidApiVersionException", WEBAPI,
                "The api-version '" + version + "' is not valid. Supply a version such as '7.1'.");
    }

    /** {@return ADO's error: api version out of range} */
    public static AdoError apiVersionOutOfRange(String version) {
        return new AdoError(400, "VssVersionOutOfRangeException", WEBAPI,
                "The requested REST API version of " + version + " is out of range for this server. The latest "
                        + "REST API version this server supports is 7.2.");
    }

    /** {@return ADO's error: preview required} */
    public static AdoError previewRequired(String version) {
        return new AdoError(400, "VssInvalidPreviewVersionException", WEBAPI,
                "The requested version \"" + version + "\" of the resource is under preview. The -preview flag "
                        + "must be supplied in the api-version for such requests. For example: \"" + version
                        + "-preview\"");
    }

    /** {@return ADO's error: route not found} */
    public static AdoError routeNotFound(String path) {
        return new AdoError(404, "RouteNotFoundException", WEBAPI,
                "VS402371: The resource '" + path + "' is not served by the emulator.");
    }

    /** {@return ADO's error: method not allowed} */
    public static AdoError methodNotAllowed(String method) {
        return new AdoError(405, "MethodNotAllowedException", WEBAPI,
                "The requested resource does not support http method '" + method + "'.");
    }

    // ---- pull requests (TF401179, TF401180, TF401398 as ADO sends them; the others are plausible, unverified) ----

    /** {@return ADO's error: pull request not found} */
    public static AdoError pullRequestNotFound(Object id) {
        return new AdoError(404, "GitPullRequestNotFoundException", GIT,
                "TF401180: The requested pull request was not found. Pull request id: " + id + ".");
    }

    /** {@return ADO's error: an active pull request for the same branches exists} */
    public static AdoError pullRequestExists() {
        return new AdoError(409, "GitPullRequestExistsException", GIT,
                "TF401179: An active pull request for the source and target branch already exists.");
    }

    /** {@return ADO's error: source or target branch missing} */
    public static AdoError refNotFound(String refName, String repository) {
        return new AdoError(400, "GitPullRequestCannotBeActivated", GIT,
                "TF401398: The pull request cannot be activated because the source and/or the target branch no "
                        + "longer exists, or the requested refs are not branches. Missing: " + refName + " in "
                        + repository + ".");
    }

    /** {@return ADO's error: nothing to merge} */
    public static AdoError noCommitsToMerge(String source, String target) {
        return new AdoError(400, "GitPullRequestNoCommitsException", GIT,
                "TF401188: The source branch " + source + " has no commits that are not in the target branch "
                        + target + ".");
    }

    /** {@return ADO's error: the pull request is not active} */
    public static AdoError pullRequestNotActive(int id, String status) {
        return new AdoError(400, "InvalidArgumentValueException", SERVER,
                "TF401181: The pull request cannot be edited due to its state. Pull request " + id + " is "
                        + status + ".");
    }

    /** {@return ADO's error: completion blocked by reviewers or draft state} */
    public static AdoError pullRequestBlocked(int id, String why) {
        return new AdoError(409, "GitPullRequestCannotBeCompletedException", GIT,
                "TF401192: The pull request " + id + " cannot be completed because " + why + ".");
    }

    /** {@return ADO's error: merge conflicts} */
    public static AdoError pullRequestConflicts(int id, java.util.List<String> paths) {
        return new AdoError(409, "GitPullRequestMergeConflictException", GIT,
                "TF401193: The pull request " + id + " cannot be completed because of merge conflicts in "
                        + String.join(", ", paths) + ".");
    }

    /** {@return ADO's error: a pull-request sub-resource (thread, comment, status, iteration, label, reviewer)} */
    public static AdoError pullRequestPartNotFound(String what, Object id) {
        return new AdoError(404, "GitPullRequestNotFoundException", GIT,
                "TF401180: The requested " + what + " " + id + " of the pull request was not found.");
    }

    /** {@return ADO's error: unknown identity} */
    public static AdoError identityNotFound(String id) {
        return new AdoError(400, "IdentityNotFoundException", "Microsoft.VisualStudio.Services.Identity",
                "VS403283: Could not add user '" + id + "' as a reviewer: the identity does not exist.");
    }
}

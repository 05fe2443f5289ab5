package ado.emulator.internal.build;

import ado.emulator.internal.http.AdoError;
import java.util.UUID;

/**
 * The errors of the build, pipeline, approval and task-plane areas. Type keys follow ADO's .NET exception names;
 * the messages of unknown definitions (TF215016) and unresolvable branches follow ADO, the others are plausible
 * but not verified against the service.
 */
public final class BuildErrors {

    private static final String BUILD = "Microsoft.TeamFoundation.Build.WebApi";
    private static final String TASK = "Microsoft.TeamFoundation.DistributedTask.WebApi";
    private static final String PIPELINES = "Microsoft.Azure.Pipelines.WebApi";
    private static final String APPROVALS = "Microsoft.Azure.Pipelines.Approval.WebApi";

    private BuildErrors() {
    }

    /** {@return 404: no such definition} */
    public static AdoError definitionNotFound(Object id) {
        return new AdoError(404, "DefinitionNotFoundException", BUILD,
                "TF215016: The build definition " + id + " does not exist. Specify a valid build definition and "
                        + "try again.");
    }

    /** {@return 404: no such pipeline} */
    public static AdoError pipelineNotFound(Object id) {
        return new AdoError(404, "PipelineNotFoundException", PIPELINES,
                "Pipeline with id " + id + " not found.");
    }

    /** {@return 404: no such build} */
    public static AdoError buildNotFound(Object id) {
        return new AdoError(404, "BuildNotFoundException", BUILD, "Build " + id + " not found.");
    }

    /** {@return 404: no such run of the pipeline} */
    public static AdoError runNotFound(Object pipelineId, Object runId) {
        return new AdoError(404, "PipelineRunNotFoundException", PIPELINES,
                "Run " + runId + " of pipeline " + pipelineId + " not found.");
    }

    /** {@return 400: the branch does not resolve to a commit} */
    public static AdoError branchNotFound(String branch) {
        return new AdoError(400, "BuildRequestValidationFailedException", BUILD,
                "Could not queue the build because there were validation errors or warnings. Unable to resolve "
                        + "the reference '" + branch + "' to a specific version. Verify the reference exists in the "
                        + "source repository.");
    }

    /** {@return 400: a template parameter is unknown or has a value it does not allow} */
    public static AdoError badParameter(String message) {
        return new AdoError(400, "PipelineValidationException", PIPELINES, message);
    }

    /** {@return 400: the build is not in a state that allows the change} */
    public static AdoError badBuildState(int id, String wanted, String status) {
        return new AdoError(400, "InvalidBuildException", BUILD,
                "Build " + id + " cannot be " + wanted + " because its status is " + status + ".");
    }

    /** {@return 404: no such log} */
    public static AdoError logNotFound(Object id) {
        return new AdoError(404, "BuildLogNotFoundException", BUILD, "Log " + id + " was not found.");
    }

    /** {@return 404: no such artifact} */
    public static AdoError artifactNotFound(String name, int buildId) {
        return new AdoError(404, "ArtifactNotFoundException", BUILD,
                "Artifact " + name + " was not found for build " + buildId + ".");
    }

    /** {@return 404: no such plan} */
    public static AdoError planNotFound(Object planId) {
        return new AdoError(404, "TaskOrchestrationPlanNotFoundException", TASK,
                "Plan with id " + planId + " could not be found.");
    }

    /** {@return 404: no such hub} */
    public static AdoError hubNotFound(String hub) {
        return new AdoError(404, "TaskHubNotFoundException", TASK, "Hub " + hub + " could not be found.");
    }

    /** {@return 404: no such timeline} */
    public static AdoError timelineNotFound(Object timelineId) {
        return new AdoError(404, "TimelineNotFoundException", TASK,
                "Timeline " + timelineId + " could not be found.");
    }

    /** {@return 404: no such timeline record} */
    public static AdoError recordNotFound(Object recordId) {
        return new AdoError(404, "TimelineRecordNotFoundException", TASK,
                "Timeline record " + recordId + " could not be found.");
    }

    /** {@return 404: no such task log} */
    public static AdoError taskLogNotFound(Object logId) {
        return new AdoError(404, "TaskLogNotFoundException", TASK, "Log with id " + logId + " could not be found.");
    }

    /** {@return 400: the event names no running agentless task of the job} */
    public static AdoError taskNotWaiting(UUID taskId) {
        return new AdoError(400, "TaskOrchestrationJobNotFoundException", TASK,
                "No job is waiting for the completion of task " + taskId + ".");
    }

    /** {@return 404: no such approval} */
    public static AdoError approvalNotFound(Object id) {
        return new AdoError(404, "ApprovalNotFoundException", APPROVALS,
                "Approval with id " + id + " could not be found.");
    }

    /** {@return 400: the approval was answered already} */
    public static AdoError approvalCompleted(UUID id, String status) {
        return new AdoError(400, "ApprovalAlreadyCompletedException", APPROVALS,
                "The approval " + id + " has already been completed with status " + status + ".");
    }

    /** {@return 404: no such check configuration} */
    public static AdoError checkNotFound(Object id) {
        return new AdoError(404, "CheckConfigurationNotFoundException", PIPELINES,
                "Check configuration with id " + id + " could not be found.");
    }
}

package ado.emulator.internal.build;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the wire JSON of builds, definitions, timelines, logs, artifacts, pipelines, runs and approvals. */
final class BuildWire {

    private final Wire wire;
    private final OrgStore org;

    BuildWire(Call call, OrgStore org) {
        this.wire = Wire.of(call, org);
        this.org = org;
    }

    private static JsonValue time(Instant t) {
        return t == null ? JsonNull.INSTANCE : new JsonString(Wire.time(t));
    }

    private String projectUrl(UUID projectId) {
        return wire.url("/" + projectId);
    }

    String buildUrl(Run r) {
        return projectUrl(r.definition().projectId()) + "/_apis/build/Builds/" + r.id();
    }

    String definitionUrl(Definition d) {
        return projectUrl(d.projectId()) + "/_apis/build/Definitions/" + d.id() + "?revision=" + d.revision();
    }

    /** {@return a DefinitionReference as builds carry it} */
    JsonObject definitionRef(Definition d, int revision) {
        Project p = org.project(d.projectId());
        return JsonObject.builder()
                .put("id", d.id())
                .put("name", d.name())
                .put("url", projectUrl(d.projectId()) + "/_apis/build/Definitions/" + d.id() + "?revision=" + revision)
                .put("uri", "vstfs:///Build/Definition/" + d.id())
                .put("path", d.folder())
                .put("type", "build")
                .put("queueStatus", "enabled")
                .put("revision", revision)
                .put("project", wire.projectRef(p))
                .build();
    }

    private JsonObject queue() {
        return JsonObject.builder().put("pool", JsonObject.builder().put("id", 1).put("name", "Azure Pipelines")
                        .put("isHosted", true).build())
                .put("id", 1).put("name", "Azure Pipelines").build();
    }

    /** {@return a BuildDefinitionReference (list item), or the full BuildDefinition when {@code full}} */
    JsonObject definition(Definition d, boolean full) {
        Project p = org.project(d.projectId());
        var b = JsonObject.builder()
                .put("_links", Wire.links("self", definitionUrl(d),
                        "web", wire.url("/" + d.projectId() + "/_build/definition?definitionId=" + d.id()),
                        "editor", wire.url("/" + d.projectId() + "/_build/designer?id=" + d.id()),
                        "badge", wire.url("/" + d.projectId() + "/_apis/build/status/" + d.id())))
                .put("quality", "definition")
                .put("authoredBy", wire.identity(org.me()))
                .put("drafts", JsonArray.EMPTY)
                .put("queue", queue())
                .put("id", d.id())
                .put("name", d.name())
                .put("url", definitionUrl(d))
                .put("uri", "vstfs:///Build/Definition/" + d.id())
                .put("path", d.folder())
                .put("type", "build")
                .put("queueStatus", "enabled")
                .put("revision", d.revision())
                .put("createdDate", Wire.time(d.revisions().get(0)))
                .put("project", wire.projectRef(p));
        if (full) {
            b.put("process", d.yaml()
                            ? JsonObject.builder().put("yamlFilename", d.yamlFile()).put("type", 2).build()
                            : JsonObject.builder().put("phases", phases(d.spec())).put("type", 1).build())
                    .put("repository", JsonObject.builder()
                            .put("id", d.repositoryId().toString())
                            .put("type", "TfsGit")
                            .put("name", d.repositoryName())
                            .put("url", wire.url("/" + p.name() + "/_git/" + d.repositoryName()))
                            .put("defaultBranch", d.defaultBranch())
                            .put("clean", JsonNull.INSTANCE)
                            .put("checkoutSubmodules", false).build())
                    .put("processParameters", JsonObject.EMPTY)
                    .put("variables", JsonObject.EMPTY)
                    .put("triggers", JsonArray.EMPTY)
                    .put("options", JsonArray.EMPTY)
                    .put("properties", JsonObject.EMPTY)
                    .put("tags", JsonArray.EMPTY)
                    .put("jobAuthorizationScope", "projectCollection");
        }
        return b.build();
    }

    private static JsonArray phases(PipelineSpec spec) {
        return new JsonArray(spec.stages().stream().flatMap(s -> s.jobs().stream()).map(j -> (JsonValue)
                JsonObject.builder().put("name", j.name()).put("refName", j.name())
                        .put("steps", new JsonArray(j.tasks().stream().map(t -> (JsonValue) JsonObject.builder()
                                .put("displayName", t.name()).put("enabled", true).build()).toList()))
                        .build()).toList());
    }

    /** {@return a Build} */
    JsonObject build(Run r) {
        Definition d = r.definition();
        Project p = org.project(d.projectId());
        String self = buildUrl(r);
        var b = JsonObject.builder()
                .put("_links", Wire.links("self", self,
                        "web", wire.url("/" + d.projectId() + "/_build/results?buildId=" + r.id()),
                        "sourceVersionDisplayUri", self + "/sources",
                        "timeline", projectUrl(d.projectId()) + "/_apis/build/builds/" + r.id() + "/Timeline",
                        "badge", wire.url("/" + d.projectId() + "/_apis/build/status/" + d.id())))
                .put("properties", JsonObject.EMPTY)
                .put("tags", new JsonArray(r.tags().stream().map(t -> (JsonValue) new JsonString(t)).toList()))
                .put("validationResults", JsonArray.EMPTY)
                .put("plans", JsonArray.of(JsonObject.builder().put("planId", r.planId().toString()).build()))
                .put("templateParameters", stringMap(r.templateParameters()))
                .put("triggerInfo", JsonObject.EMPTY)
                .put("id", r.id())
                .put("buildNumber", r.buildNumber())
                .put("status", r.status());
        if (r.result() != null) {
            b.put("result", r.result());
        }
        b.put("queueTime", time(r.queueTime()));
        if (r.startTime() != null) {
            b.put("startTime", time(r.startTime()));
        }
        if (r.finishTime() != null) {
            b.put("finishTime", time(r.finishTime()));
        }
        b.put("url", self)
                .put("definition", definitionRef(d, r.definitionRevision()))
                .put("buildNumberRevision", 1)
                .put("project", wire.projectRef(p))
                .put("uri", "vstfs:///Build/Build/" + r.id())
                .put("sourceBranch", r.sourceBranch())
                .put("sourceVersion", r.sourceVersion())
                .put("queue", queue())
                .put("priority", "normal")
                .put("reason", r.reason())
                .put("requestedFor", wire.identity(r.requestedFor()))
                .put("requestedBy", wire.identity(r.requestedFor()))
                .put("lastChangedDate", time(r.lastChanged()))
                .put("lastChangedBy", wire.identity(r.requestedFor()))
                .put("orchestrationPlan", JsonObject.builder().put("planId", r.planId().toString()).build())
                .put("logs", JsonObject.builder().put("id", 0).put("type", "Container")
                        .put("url", projectUrl(d.projectId()) + "/_apis/build/builds/" + r.id() + "/logs").build())
                .put("repository", JsonObject.builder().put("id", d.repositoryId().toString()).put("type", "TfsGit")
                        .put("name", d.repositoryName()).put("url", wire.url("/" + p.name() + "/_git/"
                                + d.repositoryName()))
                        .put("clean", JsonNull.INSTANCE).put("checkoutSubmodules", false).build())
                .put("retainedByRelease", false)
                .put("triggeredByBuild", JsonNull.INSTANCE)
                .put("appendCommitMessageToRunName", true)
                .put("keepForever", r.keepForever());
        if (r.parameters() != null) {
            b.put("parameters", r.parameters());
        }
        return b.build();
    }

    static JsonObject stringMap(Map<String, String> map) {
        var b = JsonObject.builder();
        map.forEach((k, v) -> b.put(k, v));
        return b.build();
    }

    /** {@return a Timeline of the run, as the build API writes it} */
    JsonObject timeline(Run r) {
        return timeline(r, false);
    }

    /** {@return a Timeline of the run; {@code taskPlane}: as the distributed-task API writes its records} */
    JsonObject timeline(Run r, boolean taskPlane) {
        String url = projectUrl(r.definition().projectId()) + "/_apis/build/builds/" + r.id() + "/Timeline/"
                + r.planId();
        return JsonObject.builder()
                .put("records", new JsonArray(r.records().stream().map(x -> (JsonValue) record(r, x, taskPlane))
                        .toList()))
                .put("lastChangedBy", r.requestedFor().toString()) // a GUID string, as the spec and ADO have it
                .put("lastChangedOn", time(r.lastChanged()))
                .put("id", r.planId().toString())
                .put("changeId", r.changeId())
                .put("url", url)
                .build();
    }

    /**
     * {@return a TimelineRecord: the build API's ({@code url}, a log with {@code type} and {@code url}) or, with
     * {@code taskPlane}, the distributed-task API's ({@code location}, {@code refName}, a log with {@code location})}
     */
    JsonObject record(Run r, TimelineRecord x, boolean taskPlane) {
        String recordUrl = wire.url("/" + r.definition().projectId() + "/_apis/distributedtask/plans/" + r.planId()
                + "/timelines/" + r.planId() + "/records/" + x.id());
        JsonValue log = JsonNull.INSTANCE;
        if (x.logId() != null) {
            String logUrl = projectUrl(r.definition().projectId()) + "/_apis/build/builds/" + r.id() + "/logs/"
                    + x.logId();
            log = taskPlane ? JsonObject.builder().put("id", x.logId()).put("location", logUrl).build()
                    : JsonObject.builder().put("id", x.logId()).put("type", "Container").put("url", logUrl).build();
        }
        JsonValue task = JsonNull.INSTANCE;
        if (x.task() != null) {
            task = JsonObject.builder()
                    .put("id", UUID.nameUUIDFromBytes(("task/" + x.name()).getBytes(StandardCharsets.UTF_8))
                            .toString())
                    .put("name", x.identifier()).put("version", "1.0.0").build();
        }
        var b = JsonObject.builder()
                .put("previousAttempts", new JsonArray(x.previousAttempts().stream().map(a -> (JsonValue)
                        JsonObject.builder().put("attempt", a.attempt()).put("timelineId", a.timelineId().toString())
                                .put("recordId", a.recordId().toString()).build()).toList()))
                .put("id", x.id().toString())
                .put("parentId", x.parentId() == null ? JsonNull.INSTANCE : new JsonString(x.parentId().toString()))
                .put("type", x.type())
                .put("name", x.name())
                .put("startTime", time(x.startTime()))
                .put("finishTime", time(x.finishTime()))
                .put("currentOperation", x.currentOperation())
                .put("percentComplete", x.percentComplete() == null ? JsonNull.INSTANCE
                        : ado.core.json.JsonNumber.of(x.percentComplete()))
                .put("state", x.state())
                .put("result", x.result())
                .put("resultCode", x.resultCode())
                .put("changeId", x.changeId())
                .put("lastModified", x.lastModified() == null ? "0001-01-01T00:00:00" : Wire.time(x.lastModified()))
                .put("workerName", x.type().equals("Job") && x.startTime() != null ? "Hosted Agent" : null)
                .put("order", x.order())
                .put("details", JsonNull.INSTANCE)
                .put("errorCount", x.errorCount())
                .put("warningCount", x.warningCount())
                .put("log", log)
                .put("task", task)
                .put("attempt", x.attempt())
                .put("identifier", x.identifier())
                .put("issues", JsonArray.EMPTY);
        return (taskPlane ? b.put("refName", x.identifier()).put("location", recordUrl)
                : b.put("url", JsonNull.INSTANCE)).build();
    }

    /**
     * {@return a BuildLog ({@code type}, {@code url}) or, with {@code taskPlane},
     * a TaskLog ({@code path}, {@code location})}
     */
    JsonObject log(Run r, LogFile l, boolean taskPlane) {
        String url = projectUrl(r.definition().projectId()) + "/_apis/build/builds/" + r.id() + "/logs/" + l.id();
        var b = JsonObject.builder()
                .put("lineCount", l.lines().size())
                .put("createdOn", time(l.createdOn()))
                .put("lastChangedOn", time(l.lastChangedOn()))
                .put("id", l.id());
        return (taskPlane ? b.put("path", l.path() == null ? "logs\\" + l.id() : l.path()).put("location", url)
                : b.put("type", "Container").put("url", url)).build();
    }

    /** {@return a BuildArtifact} */
    JsonObject artifact(Run r, Run.Artifact a) {
        String base = projectUrl(r.definition().projectId()) + "/_apis/build/builds/" + r.id() + "/artifacts";
        return JsonObject.builder()
                .put("id", a.id())
                .put("name", a.name())
                .put("source", r.records().stream().filter(x -> x.type().equals("Job")).findFirst()
                        .map(x -> x.id().toString()).orElse(null))
                .put("resource", JsonObject.builder()
                        .put("type", "Container")
                        .put("data", "#/" + (1000 + a.id()) + "/" + a.name())
                        .put("properties", JsonObject.builder().put("localpath", a.name())
                                .put("artifactsize", String.valueOf(a.files().values().stream()
                                        .mapToInt(f -> f.length).sum())).build())
                        .put("url", base + "?artifactName=" + a.name() + "&api-version=7.1")
                        .put("downloadUrl", base + "?artifactName=" + a.name() + "&api-version=7.1&%24format=zip")
                        .build())
                .build();
    }

    /** {@return a Pipeline} */
    JsonObject pipeline(Definition d) {
        return pipeline(d, d.revision());
    }

    /** {@return a Pipeline at {@code revision} (the emulator's definitions keep their shape across revisions)} */
    JsonObject pipeline(Definition d, int revision) {
        String url = projectUrl(d.projectId()) + "/_apis/pipelines/" + d.id() + "?revision=" + revision;
        var configuration = JsonObject.builder();
        if (d.yaml()) {
            configuration.put("path", d.yamlFile());
        }
        return JsonObject.builder()
                .put("_links", Wire.links("self", url,
                        "web", wire.url("/" + d.projectId() + "/_build/definition?definitionId=" + d.id())))
                .put("configuration", configuration
                        .put("repository", JsonObject.builder().put("id", d.repositoryId().toString())
                                .put("type", "azureReposGit").build())
                        .put("type", d.yaml() ? "yaml" : "designerJson").build())
                .put("url", url)
                .put("id", d.id())
                .put("revision", revision)
                .put("name", d.name())
                .put("folder", d.folder())
                .build();
    }

    /** {@return a pipeline Run} */
    JsonObject run(Run r) {
        Definition d = r.definition();
        String pipelineUrl = projectUrl(d.projectId()) + "/_apis/pipelines/" + d.id() + "?revision="
                + r.definitionRevision();
        String url = projectUrl(d.projectId()) + "/_apis/pipelines/" + d.id() + "/runs/" + r.id();
        String web = wire.url("/" + d.projectId() + "/_build/results?buildId=" + r.id());
        var variables = JsonObject.builder();
        r.variables().forEach((k, v) -> variables.put(k, v == null
                ? JsonObject.builder().put("isSecret", true).build()
                : JsonObject.builder().put("value", v).build()));
        var b = JsonObject.builder()
                .put("_links", Wire.links("self", url, "web", web, "pipeline.web",
                        wire.url("/" + d.projectId() + "/_build/definition?definitionId=" + d.id()),
                        "pipeline", pipelineUrl))
                .put("templateParameters", stringMap(r.templateParameters()))
                .put("variables", variables.build())
                .put("pipeline", JsonObject.builder().put("url", pipelineUrl).put("id", d.id())
                        .put("revision", r.definitionRevision()).put("name", d.name()).put("folder", d.folder())
                        .build())
                .put("state", switch (r.status()) {
                    case "completed" -> "completed";
                    case "cancelling" -> "canceling";
                    default -> "inProgress";
                });
        if (r.result() != null) {
            b.put("result", switch (r.result()) {
                case "succeeded", "failed", "canceled" -> r.result();
                case "partiallySucceeded" -> "succeeded";
                default -> "unknown";
            });
        }
        b.put("createdDate", time(r.queueTime()));
        if (r.finishTime() != null) {
            b.put("finishedDate", time(r.finishTime()));
        }
        return b.put("url", url)
                .put("resources", JsonObject.builder().put("repositories", JsonObject.builder()
                        .put("self", JsonObject.builder()
                                .put("repository", JsonObject.builder().put("id", d.repositoryId().toString())
                                        .put("type", "azureReposGit").build())
                                .put("refName", r.sourceBranch())
                                .put("version", r.sourceVersion()).build()).build()).build())
                .put("id", r.id())
                .put("name", r.buildNumber())
                .build();
    }

    /** {@return an Approval; with its steps when {@code steps}} */
    JsonObject approval(Approval a, Run r, boolean steps) {
        String self = projectUrl(r.definition().projectId()) + "/_apis/pipelines/approvals/" + a.id();
        var b = JsonObject.builder()
                .put("id", a.id().toString());
        if (steps) {
            var step = JsonObject.builder()
                    .put("assignedApprover", wire.identity(a.approver()))
                    .put("status", a.status().equals("canceled") ? "canceled" : a.status())
                    .put("comment", a.comment());
            if (a.actualApprover() != null) {
                step.put("actualApprover", wire.identity(a.actualApprover()))
                        .put("lastModifiedBy", wire.identity(a.actualApprover()));
            }
            step.put("lastModifiedOn", time(a.lastModifiedOn()))
                    .put("order", 1)
                    .put("initiatedOn", time(a.createdOn()))
                    .put("history", JsonArray.EMPTY);
            b.put("steps", JsonArray.of(step.build()));
        } else {
            b.put("steps", JsonArray.EMPTY);
        }
        Definition d = r.definition();
        return b.put("status", a.status())
                .put("createdOn", time(a.createdOn()))
                .put("lastModifiedOn", time(a.lastModifiedOn()))
                .put("instructions", "Approve stage " + r.records().stream()
                        .filter(x -> x.id().equals(a.stageRecordId())).findFirst().map(TimelineRecord::name)
                        .orElse("") + " of run " + r.buildNumber())
                .put("minRequiredApprovers", 1)
                .put("executionOrder", "anyOrder")
                .put("blockedApprovers", JsonArray.EMPTY)
                .put("pipeline", JsonObject.builder()
                        .put("owner", JsonObject.builder()
                                .put("_links", Wire.links("web", wire.url("/" + d.projectId()
                                        + "/_build/results?buildId=" + r.id()), "self", buildUrl(r)))
                                .put("id", r.id()).put("name", r.buildNumber()).build())
                        .put("id", String.valueOf(d.id())).put("name", d.name()).build())
                .put("_links", Wire.links("self", self))
                .build();
    }

    /** {@return a TaskOrchestrationPlan of the run's build plan} */
    JsonObject plan(Run r, String hub) {
        UUID p = r.definition().projectId();
        String timelineUrl = wire.url("/" + p + "/_apis/distributedtask/hubs/" + hub + "/plans/" + r.planId()
                + "/timelines/" + r.planId());
        return JsonObject.builder()
                .put("planId", r.planId().toString())
                .put("planType", hub)
                .put("scopeIdentifier", p.toString())
                .put("artifactUri", "vstfs:///Build/Build/" + r.id())
                .put("artifactLocation", buildUrl(r))
                .put("version", 1)
                .put("state", r.status().equals("completed") ? "completed" : "inProgress")
                .put("result", r.result())
                .put("timeline", JsonObject.builder().put("id", r.planId().toString()).put("changeId", r.changeId())
                        .put("location", timelineUrl).put("url", timelineUrl).build())
                .put("owner", JsonObject.builder().put("id", r.id()).put("name", r.buildNumber()).build())
                .put("definition", JsonObject.builder().put("id", r.definition().id())
                        .put("name", r.definition().name()).build())
                .put("startTime", time(r.startTime()))
                .put("finishTime", time(r.finishTime()))
                .build();
    }

    /** {@return a commit as a build Change} */
    JsonObject change(Run r, ado.emulator.internal.git.Commit c) {
        Project p = org.project(r.definition().projectId());
        String location = wire.url("/" + p.id() + "/_apis/git/repositories/" + r.definition().repositoryId()
                + "/commits/" + c.id().hex());
        return JsonObject.builder()
                .put("id", c.id().hex())
                .put("message", c.message().strip())
                .put("messageTruncated", false)
                .put("type", "TfsGit")
                .put("author", JsonObject.builder().put("displayName", c.author().name())
                        .put("uniqueName", c.author().email()).build())
                .put("timestamp", Wire.time(c.committer().when()))
                .put("location", location)
                .put("displayUri", wire.url("/" + p.name() + "/_git/" + r.definition().repositoryName()
                        + "/commit/" + c.id().hex()))
                .build();
    }

    /** {@return the YAML a pipeline runs: its stages, jobs and steps, parameters resolved} */
    static String yaml(PipelineSpec spec, Map<String, String> parameters) {
        var sb = new StringBuilder();
        if (!parameters.isEmpty()) {
            sb.append("variables:\n");
            parameters.forEach((k, v) -> sb.append("- name: ").append(k).append("\n  value: ").append(v)
                    .append('\n'));
        }
        sb.append("stages:\n");
        for (PipelineSpec.Stage s : spec.stages()) {
            sb.append("- stage: ").append(s.name()).append("\n  jobs:\n");
            for (PipelineSpec.Job j : s.jobs()) {
                sb.append("  - job: ").append(j.name()).append("\n    steps:\n");
                for (PipelineSpec.Task t : j.tasks()) {
                    sb.append("    - script: echo ").append(t.name()).append("\n      displayName: ")
                            .append(t.name()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static JsonArray strings(List<String> values) {
        return new JsonArray(values.stream().map(v -> (JsonValue) new JsonString(v)).toList());
    }
}

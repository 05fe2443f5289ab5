package ado.emulator.internal.org;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.util.List;
import java.util.UUID;

/** Projects, teams, connection data and the profile. */
public final class CoreRoutes {

    private static final String AGILE = "adcc42ab-9882-485e-a3ed-7678f01f66bc";
    private final OrgStore org;
    private final UUID instanceId;

    /** Creates the core routes. */
    public CoreRoutes(OrgStore org) {
        this.org = org;
        this.instanceId = org.idFor("instance", "collection");
    }

    /** Adds the organisation-level routes. */
    public void register(Router r) {
        r.add("GET", "_apis/projects", this::listProjects)
                .add("GET", "_apis/projects/{project}", this::getProject)
                .add("GET", "_apis/projects/{project}/teams", this::listTeams)
                .add("GET", "_apis/projects/{project}/teams/{team}", this::getTeam)
                .add("GET", "_apis/projects/{project}/teams/{team}/members", this::members)
                .add("GET", "_apis/teams", this::allTeams)
                .add("GET", "_apis/connectionData", this::connectionData)
                .add("GET", "_apis/profile/profiles/{id}", this::profile);
    }

    /** Adds the profile host's routes, served at the server root. */
    public void registerRoot(Router r) {
        r.add("GET", "_apis/profile/profiles/{id}", this::profile);
    }

    private Reply listProjects(Call call) {
        Wire wire = Wire.of(call, org);
        List<Project> all = org.projects();
        int skip = call.intQuery(call.intQuery(0, "continuationToken"), "$skip");
        Pages pages = new Pages(call.intQuery(100, "$top") == 0 ? 100 : call.intQuery(100, "$top"), skip);
        List<JsonValue> items = pages.slice(all).stream().map(p -> (JsonValue) wire.projectRef(p)).toList();
        Reply reply = Reply.json(Wire.envelope(items));
        return pages.more(all.size())
                ? reply.withHeader("x-ms-continuationtoken", Integer.toString(skip + pages.top())) : reply;
    }

    private Reply getProject(Call call) {
        Wire wire = Wire.of(call, org);
        Project p = org.project(call.var("project"));
        Team team = org.team(p, p.defaultTeamId().toString());
        var b = wire.projectRef(p).toBuilder();
        if (call.flag("includeCapabilities")) {
            b.put("capabilities", JsonObject.builder()
                    .put("versioncontrol", JsonObject.builder().put("sourceControlType", "Git")
                            .put("gitEnabled", "True").put("tfvcEnabled", "False").build())
                    .put("processTemplate", JsonObject.builder().put("templateName", "Agile")
                            .put("templateTypeId", AGILE).build())
                    .build());
        }
        String self = wire.url("/_apis/projects/" + p.id());
        b.put("_links", Wire.links("self", self, "collection", wire.url("/_apis/projectCollections/"
                + instanceId), "web", wire.url("/" + p.name())));
        b.put("defaultTeam", JsonObject.builder().put("id", team.id().toString()).put("name", team.name())
                .put("url", teamUrl(wire, p, team)).build());
        return Reply.json(b.build());
    }

    private Reply listTeams(Call call) {
        Wire wire = Wire.of(call, org);
        Project p = org.project(call.var("project"));
        List<Team> all = org.teams(p);
        if (call.flag("$mine")) {
            all = all.stream().filter(t -> t.members().contains(org.me().id())).toList();
        }
        Pages pages = Pages.of(call, 100, "$top", "$skip");
        return Reply.json(Wire.envelope(pages.slice(all).stream().map(t -> (JsonValue) team(wire, p, t)).toList()));
    }

    private Reply allTeams(Call call) {
        Wire wire = Wire.of(call, org);
        var all = org.projects().stream().flatMap(p -> org.teams(p).stream().map(t -> team(wire, p, t)))
                .map(JsonValue.class::cast).toList();
        return Reply.json(Wire.envelope(Pages.of(call, 100, "$top", "$skip").slice(all)));
    }

    private Reply getTeam(Call call) {
        Wire wire = Wire.of(call, org);
        Project p = org.project(call.var("project"));
        return Reply.json(team(wire, p, org.team(p, call.var("team"))));
    }

    private Reply members(Call call) {
        Wire wire = Wire.of(call, org);
        Project p = org.project(call.var("project"));
        Team t = org.team(p, call.var("team"));
        List<JsonValue> items = t.members().stream().map(id -> (JsonValue) JsonObject.builder()
                .put("isTeamAdmin", id.equals(t.members().get(0)))
                .put("identity", wire.identity(id)).build()).toList();
        return Reply.json(Wire.envelope(Pages.of(call, 100, "$top", "$skip").slice(items)));
    }

    private JsonObject team(Wire wire, Project p, Team t) {
        return JsonObject.builder()
                .put("id", t.id().toString())
                .put("name", t.name())
                .put("url", teamUrl(wire, p, t))
                .put("description", t.description())
                .put("identityUrl", wire.url("/_apis/Identities/" + t.id()))
                .put("projectName", p.name())
                .put("projectId", p.id().toString())
                .build();
    }

    private static String teamUrl(Wire wire, Project p, Team t) {
        return wire.url("/_apis/projects/" + p.id() + "/teams/" + t.id());
    }

    private Reply connectionData(Call call) {
        User me = org.me();
        JsonObject identity = JsonObject.builder()
                .put("id", me.id().toString())
                .put("descriptor", "Microsoft.IdentityModel.Claims.ClaimsIdentity;" + me.uniqueName())
                .put("subjectDescriptor", me.descriptor())
                .put("providerDisplayName", me.displayName())
                .put("isActive", true)
                .put("properties", JsonObject.builder().put("Account", JsonObject.builder()
                        .put("$type", "System.String").put("$value", me.uniqueName()).build()).build())
                .put("resourceVersion", 2)
                .put("metaTypeId", 0)
                .build();
        return Reply.json(JsonObject.builder()
                .put("authenticatedUser", identity)
                .put("authorizedUser", identity)
                .put("instanceId", instanceId.toString())
                .put("deploymentId", org.idFor("deployment", "emulator").toString())
                .put("deploymentType", "hosted")
                .put("locationServiceData", JsonObject.builder()
                        .put("serviceOwner", "00025394-6065-48ca-87d9-7f5672854ef7")
                        .put("defaultAccessMappingMoniker", "PublicAccessMapping")
                        .put("lastChangeId", 1).put("lastChangeId64", 1).build())
                .build());
    }

    private Reply profile(Call call) {
        User me = org.me();
        String id = call.var("id");
        if (!id.equalsIgnoreCase("me") && !id.equalsIgnoreCase(me.id().toString())) {
            throw new ado.emulator.internal.http.AdoError(404, "ProfileNotFoundException",
                    "Microsoft.VisualStudio.Services.Profile", "VS800016: The profile " + id + " was not found.");
        }
        return Reply.json(JsonObject.builder()
                .put("displayName", me.displayName())
                .put("publicAlias", me.id().toString())
                .put("emailAddress", me.uniqueName())
                .put("coreRevision", 1)
                .put("timeStamp", "2024-01-01T00:00:00+00:00")
                .put("id", me.id().toString())
                .put("revision", 1)
                .build());
    }
}

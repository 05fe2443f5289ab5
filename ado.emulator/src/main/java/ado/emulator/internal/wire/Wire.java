package ado.emulator.internal.wire;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.git.Signature;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes ADO's wire JSON for the shared shapes: envelopes, links, identities, project and repository refs. */
public final class Wire {

    private final URI base;
    private final OrgStore org;

    public Wire(URI base, OrgStore org) {
        this.base = base;
        this.org = org;
    }

    public static Wire of(ado.emulator.internal.http.Call call, OrgStore org) {
        return new Wire(call.base(), org);
    }

    /** {@return the organisation URL plus {@code path}} */
    public String url(String path) {
        return base + path;
    }

    /** {@return {@code {"count": n, "value": [...]}}} */
    public static JsonObject envelope(List<? extends JsonValue> items) {
        return JsonObject.builder().put("count", items.size()).put("value", new JsonArray(List.copyOf(items)))
                .build();
    }

    /** {@return {@code {"name": {"href": url}, ...}} from name and URL pairs, in that order} */
    public static JsonObject links(String... namesAndHrefs) {
        if (namesAndHrefs.length % 2 != 0) {
            throw new IllegalArgumentException("links need name and href pairs: " + namesAndHrefs.length);
        }
        var b = JsonObject.builder();
        for (int i = 0; i < namesAndHrefs.length; i += 2) {
            b.put(namesAndHrefs[i], JsonObject.builder().put("href", namesAndHrefs[i + 1]).build());
        }
        return b.build();
    }

    /** {@return an ISO-8601 UTC time as ADO writes it} */
    public static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** {@return an IdentityRef for {@code user}} */
    public JsonObject identity(User user) {
        String avatar = url("/_apis/GraphProfile/MemberAvatars/" + user.descriptor());
        return JsonObject.builder()
                .put("displayName", user.displayName())
                .put("url", url("/_apis/Identities/" + user.id()))
                .put("_links", links("avatar", avatar))
                .put("id", user.id().toString())
                .put("uniqueName", user.uniqueName())
                .put("imageUrl", url("/_api/_common/identityImage?id=" + user.id()))
                .put("descriptor", user.descriptor())
                .build();
    }

    /** {@return the identity {@code id}, or the authenticated user when unknown} */
    public JsonObject identity(java.util.UUID id) {
        return identity(org.user(id).orElse(org.me()));
    }

    /** {@return a TeamProjectReference} */
    public JsonObject projectRef(Project p) {
        var b = JsonObject.builder()
                .put("id", p.id().toString())
                .put("name", p.name());
        if (p.description() != null) {
            b.put("description", p.description());
        }
        return b.put("url", url("/_apis/projects/" + p.id()))
                .put("state", "wellFormed")
                .put("revision", p.revision())
                .put("visibility", "private")
                .put("lastUpdateTime", time(p.lastUpdateTime()))
                .build();
    }

    /** {@return the repository's API URL} */
    public String repoUrl(Repository r) {
        return url("/" + r.projectId() + "/_apis/git/repositories/" + r.id());
    }

    /** {@return the repository's web URL} */
    public String repoWeb(Repository r) {
        return url("/" + org.project(r.projectId()).name() + "/_git/" + r.name());
    }

    /** {@return a GitRepository, with {@code _links} when {@code full}} */
    public JsonObject repository(Repository r, boolean full) {
        Project p = org.project(r.projectId());
        var b = JsonObject.builder()
                .put("id", r.id().toString())
                .put("name", r.name())
                .put("url", repoUrl(r))
                .put("project", projectRef(p));
        r.defaultBranch().ifPresent(d -> b.put("defaultBranch", d));
        b.put("size", r.size())
                .put("remoteUrl", repoWeb(r))
                .put("sshUrl", "git@ssh.emulator:v3/" + org.organization() + "/" + p.name() + "/" + r.name())
                .put("webUrl", repoWeb(r))
                .put("isDisabled", false)
                .put("isInMaintenance", false);
        if (full) {
            String self = repoUrl(r);
            b.put("_links", links(
                    "self", self,
                    "project", "vstfs:///Classification/TeamProject/" + p.id(),
                    "web", repoWeb(r),
                    "ssh", "git@ssh.emulator:v3/" + org.organization() + "/" + p.name() + "/" + r.name(),
                    "commits", self + "/commits",
                    "refs", self + "/refs",
                    "pullRequests", self + "/pullRequests",
                    "items", self + "/items",
                    "pushes", self + "/pushes"));
        }
        return b.build();
    }

    /** {@return a GitUserDate} */
    public static JsonObject userDate(Signature s) {
        return JsonObject.builder().put("name", s.name()).put("email", s.email()).put("date", time(s.when()))
                .build();
    }
}

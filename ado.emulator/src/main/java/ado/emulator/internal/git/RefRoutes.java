package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;

import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Refs: list ({@code filter} prefix after {@code refs/}, {@code filterContains}, {@code peelTags}; paged by
 * {@code $top} with the {@code x-ms-continuationtoken} header, sent back as {@code continuationToken}) and the refs
 * update operation.
 */
public final class RefRoutes {

    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the ref routes. */
    public RefRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "GET", "/refs", this::list);
        GitScope.both(r, "POST", "/refs", this::update);
    }

    private Reply list(Call call) {
        Wire wire = Wire.of(call, org);
        Repository repo = GitScope.repository(call, org, repos);
        String prefix = call.query("filter").map(f -> f.startsWith("refs/") ? f : "refs/" + f).orElse("refs/");
        String contains = call.query("filterContains").orElse("");
        String after = call.query("continuationToken").map(RefRoutes::decodeToken).orElse(null);
        List<Ref> matching = repo.refs().stream()
                .filter(ref -> ref.name().startsWith(prefix))
                .filter(ref -> ref.name().toLowerCase().contains(contains.toLowerCase()))
                .filter(ref -> after == null || ref.name().compareTo(after) > 0)
                .toList();
        int top = call.intQuery(0, "$top");
        List<Ref> page = top > 0 && top < matching.size() ? matching.subList(0, top) : matching;
        boolean peel = call.flag("peelTags");
        List<JsonValue> items = new ArrayList<>();
        for (Ref ref : page) {
            var b = JsonObject.builder().put("name", ref.name()).put("objectId", ref.objectId().hex())
                    .put("creator", wire.identity(ref.creator()))
                    .put("url", wire.repoUrl(repo) + "/refs?filter="
                            + URLEncoder.encode(ref.name().substring(5), StandardCharsets.UTF_8));
            if (peel) {
                repo.objects().find(ref.objectId()).filter(Tag.class::isInstance).map(Tag.class::cast)
                        .ifPresent(t -> b.put("peeledObjectId", t.object().hex()));
            }
            items.add(b.build());
        }
        Reply reply = Reply.json(Wire.envelope(items));
        if (page.size() < matching.size()) {
            String last = page.get(page.size() - 1).name();
            reply = reply.withHeader("x-ms-continuationtoken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(last.getBytes(StandardCharsets.UTF_8)));
        }
        return reply;
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The continuation token '" + token + "' is not valid.");
        }
    }

    private Reply update(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        var updates = new ArrayList<Refs.Update>();
        for (JsonValue v : Bodies.array(call.json(), "body")) {
            JsonObject o = Bodies.object(v, "refUpdate");
            updates.add(new Refs.Update(Bodies.string(o, "name"), Bodies.objectId(o, "oldObjectId"),
                    Bodies.objectId(o, "newObjectId")));
        }
        List<JsonValue> results = Refs.update(repo, updates, org.me().id()).stream()
                .map(res -> (JsonValue) JsonObject.builder()
                        .put("repositoryId", repo.id().toString())
                        .put("name", res.name())
                        .put("oldObjectId", res.oldObjectId().hex())
                        .put("newObjectId", res.newObjectId().hex())
                        .put("isLocked", false)
                        .put("updateStatus", res.updateStatus())
                        .put("success", res.success())
                        .build())
                .toList();
        return Reply.json(Wire.envelope(results));
    }

}

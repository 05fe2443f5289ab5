package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.Optional;

/** Annotated tags: create (a tag object plus {@code refs/tags/<name>}) and get by the tag object's id. */
public final class TagRoutes {

    private final OrgStore org;
    private final RepoStore repos;
    private final Clock clock;

    /** Creates the tag routes. */
    public TagRoutes(OrgStore org, RepoStore repos, Clock clock) {
        this.org = org;
        this.repos = repos;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "POST", "/annotatedtags", this::create);
        GitScope.both(r, "GET", "/annotatedtags/{objectId}", this::get);
    }

    private Reply create(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        String name = Bodies.string(body, "name");
        String message = Bodies.optionalString(body, "message").orElse("");
        JsonObject tagged = Bodies.optionalObject(body, "taggedObject")
                .orElseThrow(() -> AdoError.missingArgument("taggedObject"));
        ObjectId target = Bodies.objectId(tagged, "objectId");
        String ref = "refs/tags/" + name;
        ado.emulator.internal.git.Refs.checkName(ref);
        User me = org.me();
        Tag tag = repo.locked(() -> {
            var object = repo.objects().find(target).orElseThrow(() -> AdoError.objectNotFound(target.hex()));
            if (repo.ref(ref).isPresent()) {
                throw new AdoError(409, "GitRefNameConflictException", "Microsoft.TeamFoundation.Git.Server",
                        "TF401035: The tag '" + name + "' already exists.");
            }
            Tag t = new Tag(target, object.type(), name, Signature.utc(me.displayName(), me.uniqueName(),
                    clock.instant()), message.endsWith("\n") || message.isEmpty() ? message : message + "\n");
            repo.objects().put(t);
            repo.setRef(ref, t.id(), me.id());
            return t;
        });
        return Reply.json(201, tag(call, repo, tag));
    }

    private Reply get(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        String id = call.var("objectId");
        Tag tag = Optional.ofNullable(ObjectId.parseOrNull(id)).flatMap(repo.objects()::find)
                .filter(Tag.class::isInstance).map(Tag.class::cast)
                .orElseThrow(() -> AdoError.objectNotFound(id));
        return Reply.json(tag(call, repo, tag));
    }

    private JsonObject tag(Call call, Repository repo, Tag tag) {
        Wire wire = Wire.of(call, org);
        return JsonObject.builder()
                .put("name", tag.name())
                .put("objectId", tag.id().hex())
                .put("taggedObject", JsonObject.builder().put("objectId", tag.object().hex())
                        .put("objectType", tag.objectType()).build())
                .put("taggedBy", Wire.userDate(tag.tagger()))
                .put("message", tag.message())
                .put("url", wire.repoUrl(repo) + "/annotatedtags/" + tag.id().hex())
                .build();
    }
}

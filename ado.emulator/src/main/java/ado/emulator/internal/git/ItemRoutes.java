package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Wire;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Items: one item by {@code path} (JSON metadata and content, or the raw bytes when Accept or {@code $format} asks
 * for them) and listings by {@code scopePath} or {@code recursionLevel} (OneLevel, Full), at a version descriptor.
 */
public final class ItemRoutes {

    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the item routes. */
    public ItemRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "GET", "/items", this::items);
    }

    /** An item found in a commit: its stored path ("" for the root), entry mode and id. */
    private record Found(String path, boolean folder, ObjectId id) {
    }

    private Reply items(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        String version = call.query("versionDescriptor.version", "version").orElse(null);
        String versionType = call.query("versionDescriptor.versionType", "versionType").orElse(null);
        Commit commit = Versions.resolve(repo, version, versionType);
        String rawPath = call.query("path", "scopePath").orElse("/");
        String path = Paths.normalise(rawPath);
        Found item = locate(repo, commit, path).orElseThrow(() -> AdoError.itemNotFound(Paths.display(path),
                repo.name(), version == null ? "<Branch: (default) >" : "<" + version + " >"));
        String recursion = WireEnums.RECURSION.query(call, "recursionLevel").orElse("none").toLowerCase(Locale.ROOT);
        boolean listing = call.query("scopePath").isPresent() || !recursion.equals("none");
        Wire wire = Wire.of(call, org);
        if (listing) {
            var out = new ArrayList<JsonValue>();
            out.add(item(wire, repo, commit, item, call, false));
            if (item.folder() && !recursion.equals("none")) {
                children(repo, item, recursion.equals("full"), out, wire, commit, call);
            }
            return Reply.json(Wire.envelope(out));
        }
        String format = call.query("$format").orElse("").toLowerCase(Locale.ROOT);
        boolean json = format.equals("json") || format.isEmpty() && (call.accept().contains("application/json")
                || call.accept().isBlank());
        if (json) {
            return Reply.json(item(wire, repo, commit, item, call, call.flag("includeContent")));
        }
        if (item.folder()) {
            throw AdoError.badRequest("The item '" + Paths.display(path) + "' is a folder; download folders as "
                    + "zip is not supported by the emulator.");
        }
        byte[] data = repo.objects().blob(item.id()).map(Blob::data).orElseThrow();
        boolean text = format.equals("text") || call.accept().contains("text/plain");
        return Reply.bytes(text ? "text/plain; charset=utf-8" : "application/octet-stream", data);
    }

    private void children(Repository repo, Found folder, boolean full, List<JsonValue> out, Wire wire,
                          Commit commit, Call call) {
        Tree tree = repo.objects().tree(folder.id()).orElseThrow();
        for (TreeEntry e : tree.entries()) {
            String child = folder.path().isEmpty() ? e.name() : folder.path() + "/" + e.name();
            Found f = new Found(child, e.isFolder(), e.id());
            out.add(item(wire, repo, commit, f, call, false));
            if (full && e.isFolder()) {
                children(repo, f, true, out, wire, commit, call);
            }
        }
    }

    private static java.util.Optional<Found> locate(Repository repo, Commit commit, String path) {
        ObjectId current = commit.tree();
        boolean folder = true;
        if (path.isEmpty()) {
            return java.util.Optional.of(new Found("", true, current));
        }
        for (String segment : path.split("/")) {
            if (!folder) {
                return java.util.Optional.empty();
            }
            var entry = repo.objects().tree(current).orElseThrow().entry(segment);
            if (entry.isEmpty()) {
                return java.util.Optional.empty();
            }
            current = entry.get().id();
            folder = entry.get().isFolder();
        }
        return java.util.Optional.of(new Found(path, folder, current));
    }

    private JsonObject item(Wire wire, Repository repo, Commit commit, Found f, Call call, boolean content) {
        String display = Paths.display(f.path());
        var b = JsonObject.builder()
                .put("objectId", f.id().hex())
                .put("gitObjectType", f.folder() ? "tree" : "blob")
                .put("commitId", commit.id().hex())
                .put("path", display);
        if (f.folder()) {
            b.put("isFolder", true);
        }
        if (call.flag("includeContentMetadata")) {
            String name = f.path().isEmpty() ? "" : f.path().substring(f.path().lastIndexOf('/') + 1);
            var meta = JsonObject.builder().put("fileName", name);
            int dot = name.lastIndexOf('.');
            if (!f.folder() && dot > 0) {
                meta.put("extension", name.substring(dot));
            }
            b.put("contentMetadata", meta.build());
        }
        if (content && !f.folder()) {
            byte[] data = repo.objects().blob(f.id()).map(Blob::data).orElseThrow();
            b.put("content", new String(data, StandardCharsets.UTF_8));
        }
        return b.put("url", wire.repoUrl(repo) + "/items?path=" + URLEncoder.encode(display, StandardCharsets.UTF_8)
                + "&versionType=Commit&version=" + commit.id().hex()).build();
    }
}

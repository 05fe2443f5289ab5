package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Secure files of each project: metadata documents and the uploaded bytes (never served). Thread-safe. */
public final class SecureFileStore {

    private record Entry(UUID project, JsonObject doc, byte[] content) {
    }

    private final OrgStore org;
    private final Clock clock;
    private final Map<UUID, Entry> files = new LinkedHashMap<>();

    /** Creates an empty store. */
    public SecureFileStore(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** {@return the secure files of {@code project}, in upload order} */
    public synchronized List<JsonObject> inProject(Project project) {
        return files.values().stream().filter(e -> e.project.equals(project.id())).map(Entry::doc).toList();
    }

    /** {@return secure file {@code id} of {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, UUID id) {
        Entry e = files.get(id);
        if (e == null || !e.project.equals(project.id())) {
            throw LibraryErrors.secureFileNotFound(id.toString());
        }
        return e.doc;
    }

    /** Stores {@code content} as secure file {@code name}; 409 when the name is taken in the project. */
    public synchronized JsonObject upload(Project project, String name, byte[] content) {
        if (name == null || name.isBlank()) {
            throw AdoError.missingArgument("name");
        }
        if (inProject(project).stream().anyMatch(d -> Docs.string(d, "name").orElse("").equalsIgnoreCase(name))) {
            throw LibraryErrors.secureFileExists(name);
        }
        UUID id = org.idFor("securefile", project.id() + "/" + name + "/" + files.size());
        String now = Docs.time(clock.instant());
        JsonObject me = Docs.who(org.me().id());
        JsonObject doc = JsonObject.builder().put("id", id.toString()).put("name", name)
                .put("createdBy", me).put("createdOn", now).put("modifiedBy", me).put("modifiedOn", now)
                .put("properties", JsonObject.EMPTY).build();
        files.put(id, new Entry(project.id(), doc, content.clone()));
        return doc;
    }

    /** Deletes secure file {@code id} of {@code project}. */
    public synchronized void delete(Project project, UUID id) {
        get(project, id);
        files.remove(id);
    }

    /** {@return the bytes of secure file {@code id}} */
    public synchronized byte[] content(UUID id) {
        Entry e = files.get(id);
        return e == null ? null : e.content.clone();
    }
}

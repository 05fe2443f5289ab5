package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.WireEnums;
import java.util.Locale;
import java.util.Optional;

/** Resolves ADO version descriptors ({@code version} + {@code versionType} branch, tag or commit) to commits. */
public final class Versions {

    private Versions() {
    }

    /**
     * {@return the commit {@code version} names; with no version, the default branch's head}
     *
     * @throws AdoError 404 (TF401175) when it names nothing, 400 for an unknown version type
     */
    public static Commit resolve(Repository repo, String version, String versionType) {
        String type = WireEnums.VERSION_TYPE.parse(versionType, "versionDescriptor.versionType").orElse("branch")
                .toLowerCase(Locale.ROOT);
        if (version == null || version.isBlank()) {
            String branch = repo.defaultBranch().orElseThrow(() -> AdoError.unresolvable("<Branch: (default) >",
                    repo.name()));
            return commitAt(repo, branch, "<Branch: " + shortName(branch) + " >");
        }
        switch (type) {
            case "branch":
                String branch = version.startsWith("refs/") ? version : "refs/heads/" + version;
                return commitAt(repo, branch, "<Branch: " + version + " >");
            case "tag":
                String tag = version.startsWith("refs/") ? version : "refs/tags/" + version;
                return commitAt(repo, tag, "<Tag: " + version + " >");
            case "commit":
                ObjectId id = ObjectId.parseOrNull(version);
                return Optional.ofNullable(id).flatMap(repo.objects()::commit)
                        .orElseThrow(() -> AdoError.unresolvable("<Commit: " + version + " >", repo.name()));
            default:
                throw new IllegalStateException("GitVersionType " + type);
        }
    }

    /** {@return the commit a ref points at, peeling annotated tags} */
    public static Commit commitAt(Repository repo, String fullRef, String descriptor) {
        ObjectId id = repo.ref(fullRef).map(Ref::objectId)
                .orElseThrow(() -> AdoError.unresolvable(descriptor, repo.name()));
        return peel(repo, id).orElseThrow(() -> AdoError.unresolvable(descriptor, repo.name()));
    }

    /** {@return the commit {@code id} names, following annotated tags} */
    public static Optional<Commit> peel(Repository repo, ObjectId id) {
        var object = repo.objects().find(id);
        for (int depth = 0; depth < 10 && object.isPresent(); depth++) {
            if (object.get() instanceof Commit c) {
                return Optional.of(c);
            }
            if (object.get() instanceof Tag t) {
                object = repo.objects().find(t.object());
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@return {@code refs/heads/main} as {@code main}} */
    public static String shortName(String fullRef) {
        for (String prefix : new String[] {"refs/heads/", "refs/tags/", "refs/"}) {
            if (fullRef.startsWith(prefix)) {
                return fullRef.substring(prefix.length());
            }
        }
        return fullRef;
    }
}

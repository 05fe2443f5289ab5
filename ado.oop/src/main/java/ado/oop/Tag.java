package ado.oop;

import ado.model.git.AnnotatedTags;
import ado.model.git.GitAnnotatedTag;
import ado.model.git.GitRef;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.RefNames;
import java.util.Objects;
import java.util.Optional;

/**
 * A tag of a repository as it was read: its ref, with the commit an annotated tag points at
 * ({@link GitRef#peeledObjectId()}). A value: two tags are equal when they are of the same repository and hold the
 * same name and object id. Reached through {@link Repository#tag(String)} and {@link Repository#tags()}.
 *
 * <pre>{@code
 * var release = repo.tag("v1.1").orElseThrow();           // a Tag
 * Commit tagged = release.commit();                       // no request: the ref says which commit
 * release.annotation().ifPresent(a -> System.out.println(a.taggedBy().name() + ": " + a.message()));
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class Tag {

    private final Repository repository;
    private final GitRef ref;

    Tag(Repository repository, GitRef ref) {
        this.repository = Objects.requireNonNull(repository, "repository == null");
        this.ref = Objects.requireNonNull(ref, "ref == null");
        if (!ref.name().startsWith(RefNames.TAGS)) {
            throw ClientFailures.unexpectedAnswer("a tag ref (refs/tags/...) but got " + ref.name());
        }
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the ref as read: its object id is the tag object for an annotated tag, else the commit} */
    public GitRef ref() {
        return ref;
    }

    /** {@return the short name, such as {@code v1.1}} */
    public String name() {
        return RefNames.shortName(ref.name());
    }

    /** {@return the full name, such as {@code refs/tags/v1.1}} */
    public String fullName() {
        return ref.name();
    }

    /** {@return whether it is an annotated tag (a tag object with tagger and message), as the ref says} */
    public boolean annotated() {
        return ref.peeledObjectId() != null;
    }

    /**
     * {@return the tagged commit; no request} An annotated tag resolves to the commit its tag object points at
     * (the ref's peeled id), a lightweight tag to the commit its ref names.
     */
    public Commit commit() {
        return repository.commit(annotated() ? ref.peeledObjectId() : ref.objectId());
    }

    /**
     * {@return the annotated tag's details (tagger, message, tagged object, tag object id), or empty for a
     * lightweight tag, which has none; one request for an annotated tag}
     *
     * @throws ado.core.error.AdoNotFoundException if the tag object is gone (the tag was deleted since it was read)
     */
    public Optional<GitAnnotatedTag> annotation() {
        return annotated() ? Optional.of(AnnotatedTags.get(repository.api(), ref.objectId())) : Optional.empty();
    }

    /** {@return the repository as of this tag: its files, items and history there; no request} */
    public RepositoryVersion version() {
        return repository.at(GitVersionDescriptor.tag(ref.name()));
    }

    /**
     * Deletes this tag, as {@link Repository#deleteTag(String)} does.
     *
     * @throws ado.core.error.AdoNotFoundException if the tag no longer exists
     * @throws ado.core.error.AdoConflictException if the server refused the ref update (it moved meanwhile, say)
     */
    public void delete() {
        repository.deleteTag(ref.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.repository == repository && t.ref.name().equals(ref.name())
                && t.ref.objectId().equals(ref.objectId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(repository), ref.name(), ref.objectId());
    }

    @Override
    public String toString() {
        return "Tag[" + repository.label() + ":" + name() + " " + ref.objectId().substring(0, 7)
                + (annotated() ? " annotated" : "") + "]";
    }
}

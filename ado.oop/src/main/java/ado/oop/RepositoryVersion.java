package ado.oop;

import ado.core.error.AdoNotFoundException;
import ado.model.git.Commits;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitItem;
import ado.model.git.GitRef;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.Items;
import ado.model.git.RecursionLevel;
import ado.model.git.RefNames;
import ado.model.git.Refs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A repository as of one version: a branch, a tag or a commit ({@link GitVersionDescriptor}), reached through
 * {@link Repository#at(GitVersionDescriptor)}, {@link Repository#atRef(String)} or {@link Tag#version()}. Its reads
 * send the version with each request, so a branch or a lightweight tag is read where it points at that moment.
 *
 * <p><b>Missing file or missing version.</b> Azure DevOps answers both with 404 and tells them apart by type:
 * {@code GitItemNotFoundException} (TF401174) for a path that is not there, {@code GitUnresolvableToCommitException}
 * (TF401175, naming the version descriptor, such as {@code <Tag: v9 >}) for a branch, tag or commit that does not
 * exist. So {@link #fileExists}, {@link #item}, {@link #file} and {@link #fileBytes} answer {@code false} or empty
 * for a missing path, and every read fails with {@link AdoNotFoundException} naming the version when the version
 * is missing: a missing tag never looks like a missing file.
 *
 * <pre>{@code
 * RepositoryVersion release = repo.at(GitVersionDescriptor.tag("v1.1"));
 * boolean documented = release.fileExists("/README.md");
 * List<GitItem> sources = release.items("/src", RecursionLevel.FULL);
 * List<Commit> history = release.commits().limit(10).toList();
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class RepositoryVersion {

    private static final String ITEM_NOT_FOUND = "GitItemNotFoundException";

    private final Repository repository;
    private final GitVersionDescriptor version;

    RepositoryVersion(Repository repository, GitVersionDescriptor version) {
        this.repository = repository;
        this.version = Objects.requireNonNull(version, "version == null");
    }

    /**
     * {@return {@code repository} as of {@code ref}: branch and tag refs and commit ids as they are, any other ref
     * (such as {@code refs/pull/42/merge}) resolved to its commit with one request}
     */
    static RepositoryVersion ofRef(Repository repository, String ref) {
        Objects.requireNonNull(ref, "ref == null");
        if (RefNames.isSha(ref)) {
            return new RepositoryVersion(repository, GitVersionDescriptor.commit(ref.toLowerCase(Locale.ROOT)));
        }
        if (!ref.startsWith("refs/")) {
            throw new IllegalArgumentException("ref must be a full ref name (refs/...) or a commit id: '" + ref
                    + "'; for a short branch or tag name use at(GitVersionDescriptor.branch(name)) or .tag(name)");
        }
        if (ref.startsWith(RefNames.HEADS)) {
            return new RepositoryVersion(repository, GitVersionDescriptor.branch(ref));
        }
        if (ref.startsWith(RefNames.TAGS)) {
            return new RepositoryVersion(repository, GitVersionDescriptor.tag(ref));
        }
        GitRef found = Refs.find(repository.api(), ref).orElseThrow(() -> ClientFailures.notFound(
                repository.api().path("refs").uri(), "Ref " + ref + " does not exist in repository "
                        + repository.label() + "."));
        String commit = found.peeledObjectId() != null ? found.peeledObjectId() : found.objectId();
        return new RepositoryVersion(repository, GitVersionDescriptor.commit(commit));
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the version: a branch or tag by short name, or a commit id} */
    public GitVersionDescriptor version() {
        return version;
    }

    /**
     * {@return the item at {@code path} and, as {@code recursion} says, those below it; one request}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param recursion how deep to list
     * @throws AdoNotFoundException if there is no such path, or the version does not exist (see the class)
     */
    public List<GitItem> items(String path, RecursionLevel recursion) {
        return Items.list(repository.api(), RepositoryPaths.normalise(path, "path"), recursion, version);
    }

    /**
     * {@return the metadata of the file or folder at {@code path} (object id, type, the commit it was read at), or
     * empty if there is none; one request}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @throws AdoNotFoundException if the version does not exist
     */
    public Optional<GitItem> item(String path) {
        String p = RepositoryPaths.normalise(path, "path");
        return absentIfMissing(() -> Items.get(repository.api(), p, version));
    }

    /**
     * {@return whether a file (not a folder) is at {@code path}; one request}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @throws AdoNotFoundException if the version does not exist (a missing file is {@code false})
     */
    public boolean fileExists(String path) {
        return item(path).filter(i -> !i.folder()).isPresent();
    }

    /**
     * {@return the text (UTF-8) of file {@code path}, or empty if there is no such file; one request}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @throws AdoNotFoundException if the version does not exist
     */
    public Optional<String> file(String path) {
        return fileBytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * {@return the bytes of file {@code path}, or empty if there is no such file; one request}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @throws AdoNotFoundException if the version does not exist
     */
    public Optional<byte[]> fileBytes(String path) {
        String p = RepositoryPaths.normalise(path, "path");
        return absentIfMissing(() -> Items.bytes(repository.api(), p, version));
    }

    /**
     * {@return the commit this version stands for: the branch's or tag's commit now, or the commit itself; one
     * request}
     *
     * @throws AdoNotFoundException if the version does not exist
     */
    public Commit commit() {
        GitItem root = Items.get(repository.api(), "/", version);
        if (root.commitId() == null) {
            throw ClientFailures.unexpectedAnswer("the commit id of the root item at " + describe());
        }
        return repository.commit(root.commitId());
    }

    /**
     * {@return the commits reachable from this version, newest first, fetched lazily 100 at a time}
     *
     * @throws AdoNotFoundException from the stream, if the version does not exist
     */
    public Stream<Commit> commits() {
        return commits(GitCommitSearchCriteria.ALL);
    }

    /**
     * {@return the commits {@code criteria} selects, starting at this version (its item version is replaced),
     * newest first, fetched lazily 100 at a time}
     *
     * @param criteria the other criteria: a path, an author, dates, a version whose history to leave out
     * @throws AdoNotFoundException from the stream, if the version does not exist
     */
    public Stream<Commit> commits(GitCommitSearchCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria == null");
        return Commits.list(repository.api(), criteria.withItemVersion(version)).map(c -> Commit.of(repository, c));
    }

    private static <T> Optional<T> absentIfMissing(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (AdoNotFoundException e) {
            if (e.typeKey().filter(ITEM_NOT_FOUND::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String describe() {
        return version.versionType().name().toLowerCase(Locale.ROOT) + " " + version.version() + " of repository "
                + repository.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepositoryVersion v && v.repository == repository && v.version.equals(version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(repository), version);
    }

    @Override
    public String toString() {
        return "RepositoryVersion[" + describe() + "]";
    }
}

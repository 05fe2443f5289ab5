package ado.oop;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.error.AdoTransportException;
import ado.model.wiki.VersionedWikiPage;
import ado.model.wiki.WikiPageMove;
import ado.model.wiki.WikiPages;
import ado.model.wiki.WikiV2;
import ado.model.wiki.Wikis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A wiki of a project; {@link #page} navigates without a request.
 *
 * <p><b>Thread safety.</b> Thread-safe (an immutable handle); its {@link Page}s are not.
 */
public final class Wiki {

    private final Project project;
    private final String nameOrId;

    Wiki(Project project, String nameOrId) {
        this.project = project;
        this.nameOrId = nameOrId;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the name or id it was reached by} */
    public String name() {
        return nameOrId;
    }

    /** {@return the wiki, read now} */
    public WikiV2 info() {
        return Wikis.get(project.api(), nameOrId);
    }

    /**
     * {@return page {@code path} (such as {@code /Home/Setup}); no request}
     *
     * @param path the page path, such as {@code /Home}
     */
    public Page page(String path) {
        Objects.requireNonNull(path, "path == null");
        return new Page(path);
    }

    /** {@return the top-level pages with their sub-pages (no content)} */
    public List<ado.model.wiki.WikiPage> pages() {
        return WikiPages.tree(project.api(), nameOrId, "/", WikiPages.Recursion.FULL).subPages();
    }

    /**
     * {@return the new attachment {@code name}; link to it from a page by its path}
     *
     * @param name the attachment name
     * @param content the bytes
     * @throws ado.core.error.AdoConflictException when the wiki has an attachment of that name
     */
    public ado.model.wiki.WikiAttachment attach(String name, byte[] content) {
        return WikiPages.attach(project.api(), nameOrId, name, content);
    }

    /** Unpublishes the wiki (code wikis only; ADO refuses to delete the project wiki). */
    public void delete() {
        Wikis.delete(project.api(), nameOrId);
    }

    @Override
    public String toString() {
        return "Wiki[" + project.label() + "/" + nameOrId + "]";
    }

    /**
     * A wiki page that remembers the version it last read or wrote: {@link #update} sends that version, so a change
     * someone else made in between is refused ({@link AdoPreconditionFailedException}) and their text survives. A
     * create or update whose answer is lost finds out from the page whether its content was stored. Not
     * thread-safe: give each writer its own object.
     */
    public final class Page {

        private final String path;
        private VersionedWikiPage last;

        private Page(String path) {
            this.path = path;
        }

        /** {@return the wiki} */
        public Wiki wiki() {
            return Wiki.this;
        }

        /** {@return the path as given} */
        public String path() {
            return path;
        }

        /** {@return the Markdown: read on first use, then as last read or written} */
        public String content() {
            if (last == null) {
                read();
            }
            String content = last.page().content();
            return content == null ? "" : content;
        }

        /** {@return the version last read or written, if any} */
        public Optional<String> version() {
            return Optional.ofNullable(last).map(VersionedWikiPage::version);
        }

        /** {@return this page after reading its content and version again} */
        public Page read() {
            last = WikiPages.get(project.api(), nameOrId, path);
            return this;
        }

        /** {@return whether the page exists (one request)} */
        public boolean exists() {
            try {
                read();
                return true;
            } catch (ado.core.error.AdoNotFoundException e) {
                return false;
            }
        }

        /**
         * {@return this page with its content replaced, if nobody changed it since this object read or wrote it}
         * (reads it first when this object has not)
         *
         * <p>When the answer is lost ({@link AdoTransportException}) or the update is refused as based on an old
         * version, the page is read again: if it holds exactly {@code markdown} the update counts as done and its
         * version is kept; if it is unchanged since this object's version, the update did not land and is sent once
         * more; otherwise someone else changed it.
         *
         * @param markdown the page text, Markdown
         * @throws AdoPreconditionFailedException when someone else changed it in between (nothing is written;
         *                                        {@link #read} and try again)
         * @throws AdoTransportException          when it failed twice without an answer and the page was read
         *                                        unchanged after each (nothing is written; trying again is safe)
         */
        public Page update(String markdown) {
            Objects.requireNonNull(markdown, "markdown == null");
            if (last == null) {
                read();
            }
            VersionedWikiPage base = last;
            for (int attempt = 1; ; attempt++) {
                try {
                    last = WikiPages.update(project.api(), nameOrId, path, markdown, base.version());
                    return this;
                } catch (AdoTransportException | AdoPreconditionFailedException e) {
                    Optional<VersionedWikiPage> stored = find();
                    if (stored.isPresent() && holds(stored.get(), markdown)) {
                        last = stored.get();
                        return this;
                    }
                    if (e instanceof AdoPreconditionFailedException || stored.isEmpty()
                            || !Objects.equals(stored.get().version(), base.version())) {
                        throw e instanceof AdoPreconditionFailedException p ? p : changed(e);
                    }
                    if (attempt == 2) {
                        throw notStored("update", e);
                    }
                }
            }
        }

        /**
         * {@return this page, created with {@code markdown}}
         *
         * <p>When the answer is lost ({@link AdoTransportException}) or the page is reported as existing, it is read:
         * a page that holds exactly {@code markdown} counts as created (a create whose answer was lost and that was
         * sent again finds it so); a missing page is created once more.
         *
         * @param markdown the page text, Markdown
         * @throws ado.core.error.AdoConflictException when it exists with other content
         * @throws AdoTransportException               when it failed twice without an answer and the page was
         *                                             read missing after each (trying again is safe)
         */
        public Page create(String markdown) {
            Objects.requireNonNull(markdown, "markdown == null");
            for (int attempt = 1; ; attempt++) {
                try {
                    last = WikiPages.create(project.api(), nameOrId, path, markdown);
                    return this;
                } catch (AdoTransportException | AdoConflictException e) {
                    Optional<VersionedWikiPage> stored = find();
                    if (stored.isPresent() && holds(stored.get(), markdown)) {
                        last = stored.get();
                        return this;
                    }
                    if (e instanceof AdoConflictException c) {
                        throw c;
                    }
                    if (stored.isPresent()) {
                        throw withCause(ClientFailures.conflict("PUT", uri(), "Wiki page " + path + " exists with "
                                + "other content (someone else created it); this create was not stored."), e);
                    }
                    if (attempt == 2) {
                        throw notStored("create", e);
                    }
                }
            }
        }

        private Optional<VersionedWikiPage> find() {
            try {
                return Optional.of(WikiPages.get(project.api(), nameOrId, path));
            } catch (ado.core.error.AdoNotFoundException e) {
                return Optional.empty();
            }
        }

        private static boolean holds(VersionedWikiPage page, String markdown) {
            return markdown.equals(page.page().content() == null ? "" : page.page().content());
        }

        private java.net.URI uri() {
            return project.api().apis("wiki", "wikis", nameOrId, "pages").uri();
        }

        private AdoPreconditionFailedException changed(RuntimeException cause) {
            var e = new AdoPreconditionFailedException(new ado.core.error.HttpFailure(412, "PUT", uri(), "Wiki page "
                    + path + " changed since you last read it (someone else changed it while this update's answer "
                    + "was lost); this update was not stored.", null, null, 0, null, ado.core.RateLimit.NONE, false));
            return withCause(e, cause);
        }

        private AdoTransportException notStored(String what, RuntimeException cause) {
            return new AdoTransportException("The " + what + " of wiki page " + path + " was not stored: it failed "
                    + "twice without an answer and the page read afterwards does not hold it (trying again is "
                    + "safe): " + cause.getMessage(), cause);
        }

        private static <E extends RuntimeException> E withCause(E e, RuntimeException cause) {
            e.addSuppressed(cause);
            return e;
        }

        /**
         * {@return the page at {@code newPath} after moving this one (and its sub-pages) there}
         *
         * @param newPath the new page path
         */
        public Page moveTo(String newPath) {
            WikiPageMove move = WikiPages.move(project.api(), nameOrId, path, newPath);
            return new Page(move.newPath());
        }

        /**
         * Deletes the page and its sub-pages, if nobody changed it since this object read or wrote it: the delete
         * carries the version this object last saw ({@code If-Match}), so a page someone else changed in between is
         * kept and their text is not lost. A page this object never read is deleted whatever its version.
         *
         * @throws AdoPreconditionFailedException when someone else changed the page since this object's version
         *                                        (nothing is deleted; {@link #read} and try again)
         * @throws ado.core.error.AdoNotFoundException when there is no such page
         */
        public void delete() {
            if (last == null) {
                WikiPages.delete(project.api(), nameOrId, path);
            } else {
                WikiPages.delete(project.api(), nameOrId, path, last.version());
            }
            last = null;
        }

        /**
         * {@return the wiki's attachments this page links to (such as {@code /.attachments/diagram.png})}; reads the
         * page first if this object has not, to learn its id. Microsoft's 7.1 specification does not list this
         * operation; Azure DevOps serves it.
         *
         * @throws ado.core.error.AdoNotFoundException when there is no such page
         */
        public List<ado.model.wiki.WikiAttachment> attachments() {
            if (last == null || last.page().id() == null) {
                read();
            }
            Integer id = last.page().id();
            if (id == null) {
                throw ClientFailures.unexpectedAnswer("the id of wiki page " + path);
            }
            return WikiPages.attachments(project.api(), nameOrId, id);
        }

        @Override
        public String toString() {
            return "WikiPage[" + nameOrId + ":" + path + "]";
        }
    }
}

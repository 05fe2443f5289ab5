package ado.oop;

import ado.core.error.AdoPreconditionFailedException;
import ado.model.wiki.VersionedWikiPage;
import ado.model.wiki.WikiPageMove;
import ado.model.wiki.WikiPages;
import ado.model.wiki.WikiV2;
import ado.model.wiki.Wikis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A wiki of a project; {@link #page} navigates without a request. */
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

    /** {@return page {@code path} (such as {@code /Home/Setup}); no request} */
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
        return "Wiki[" + project.name() + "/" + nameOrId + "]";
    }

    /**
     * A wiki page that remembers the version it last read or wrote: {@link #update} sends that version, so a change
     * someone else made in between is refused ({@link AdoPreconditionFailedException}) and their text survives.
     * Not thread-safe: give each writer its own object.
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
         * @throws AdoPreconditionFailedException when someone else changed it in between (nothing is written;
         *                                        {@link #read} and try again)
         */
        public Page update(String markdown) {
            Objects.requireNonNull(markdown, "markdown == null");
            if (last == null) {
                read();
            }
            last = WikiPages.update(project.api(), nameOrId, path, markdown, last.version());
            return this;
        }

        /**
         * {@return this page, created with {@code markdown}}
         *
         * @throws ado.core.error.AdoConflictException when it exists
         */
        public Page create(String markdown) {
            last = WikiPages.create(project.api(), nameOrId, path, Objects.requireNonNull(markdown,
                    "markdown == null"));
            return this;
        }

        /** {@return the page at {@code newPath} after moving this one (and its sub-pages) there} */
        public Page moveTo(String newPath) {
            WikiPageMove move = WikiPages.move(project.api(), nameOrId, path, newPath);
            return new Page(move.newPath());
        }

        /** Deletes the page and its sub-pages. */
        public void delete() {
            WikiPages.delete(project.api(), nameOrId, path);
            last = null;
        }

        @Override
        public String toString() {
            return "WikiPage[" + nameOrId + ":" + path + "]";
        }
    }
}

package ado.emulator.internal.wiki;

import ado.emulator.internal.http.AdoError;

/** The wiki area's errors (plausible messages, type keys after ADO's wiki server; not verified live). */
public final class WikiErrors {

    private static final String WIKI = "Microsoft.TeamFoundation.Wiki.Server";

    private WikiErrors() {
    }

    /** {@return 404: no wiki of that name or id} */
    public static AdoError wikiNotFound(String nameOrId) {
        return new AdoError(404, "WikiNotFoundException", WIKI,
                "The wiki '" + nameOrId + "' does not exist or you do not have permission to view it.");
    }

    /** {@return 404: no page at that path or id} */
    public static AdoError pageNotFound(Object pathOrId) {
        return new AdoError(404, "WikiPageNotFoundException", WIKI,
                "The page '" + pathOrId + "' specified in the operation does not exist in the wiki.");
    }

    /** {@return 409: a PUT without If-Match on an existing page} */
    public static AdoError pageExists(String path) {
        return new AdoError(409, "WikiPageAlreadyExistsException", WIKI,
                "The page '" + path + "' specified in the add operation already exists in the wiki. Please specify "
                        + "a new page path.");
    }

    /** {@return 412: the If-Match version is not the page's current version} */
    public static AdoError staleVersion(String path) {
        return new AdoError(412, "WikiPageVersionConflictException", WIKI,
                "The page '" + path + "' has been changed since you last read it (the If-Match version is not "
                        + "its current version). Read it again and retry.");
    }

    /** {@return 400: the parent page does not exist} */
    public static AdoError parentMissing(String path, String parent) {
        return new AdoError(400, "WikiAncestorPageNotFoundException", WIKI,
                "The parent page '" + parent + "' of the page '" + path + "' does not exist.");
    }

    /** {@return 400: a bad page path or request} */
    public static AdoError invalid(String message) {
        return new AdoError(400, "WikiOperationNotSupportedException", WIKI, message);
    }

    /** {@return 409: the project already has a project wiki} */
    public static AdoError projectWikiExists(String project) {
        return new AdoError(409, "ProjectWikiAlreadyExistsException", WIKI,
                "The project '" + project + "' already has a project wiki.");
    }
}

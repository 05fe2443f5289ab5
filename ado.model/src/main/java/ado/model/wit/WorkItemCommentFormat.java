package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** The format of a work item comment's text. */
public enum WorkItemCommentFormat {
    /** Markdown. */
    @JsonEnumNumber(0) MARKDOWN,
    /** HTML. */
    @JsonEnumNumber(1) HTML,
    /** A format this version of ado4j does not know. */
    UNKNOWN
}

package ado.model.wit;

/** The format of a work item comment's text. */
public enum WorkItemCommentFormat {
    /** Markdown. */
    MARKDOWN,
    /** HTML. */
    HTML,
    /** A format this version of ado4j does not know. */
    UNKNOWN
}

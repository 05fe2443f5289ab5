package ado.model.git;

import ado.core.json.JsonEnumNumber;
import ado.core.json.JsonName;

/** How {@link ItemContent#content()} is encoded. */
public enum ItemContentType {
    /** UTF-8 text as it is. */
    @JsonName("rawtext") @JsonEnumNumber(0) RAW_TEXT,
    /** Base64 of the bytes. */
    @JsonName("base64encoded") @JsonEnumNumber(1) BASE64_ENCODED,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}

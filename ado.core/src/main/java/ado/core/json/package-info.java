/**
 * JSON for ado4j: the {@link ado.core.json.JsonValue} tree, the {@link ado.core.json.JsonCodec} that binds JSON to
 * records, and the annotations records use for wire names. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.core.json;

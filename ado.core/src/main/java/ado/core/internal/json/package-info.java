/**
 * The built-in JSON codec behind {@link ado.core.json.JsonCodec#builtin()}. Not exported.
 *
 * <p>Reading works straight on the UTF-8 bytes: {@code JsonReader} is a strict pull reader
 * (with {@code StringDecoder} for strings and {@code NumberScanner} for numbers) that tracks the JSON path in a
 * {@code PathStack} only as offsets, rendering it when an error needs it. Writing goes through
 * {@code JsonWriter} into a byte array. Trees are read and written iteratively by {@code TreeReader} and
 * {@code TreeWriter}.
 *
 * <p>Binding uses one immutable {@code TypeAdapter} per Java type, built once by {@code Adapters}: scalars,
 * date-times ({@code IsoDateTime}), enums, collections, maps, trees, {@code Object}, and records, whose
 * {@code RecordAdapter} matches member names as bytes ({@code NameTable}) and calls the canonical constructor and
 * accessors through method handles found by {@code RecordAccess}.
 */
package ado.core.internal.json;

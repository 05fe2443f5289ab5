package ado.emulator.internal.git;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An annotated tag object. */
public final class Tag implements GitObject {

    private final ObjectId object;
    private final String objectType;
    private final String name;
    private final Signature tagger;
    private final String message;
    private final ObjectId id;

    /** Creates a tag of {@code object} (of Git type {@code objectType}). */
    public Tag(ObjectId object, String objectType, String name, Signature tagger, String message) {
        this.object = Objects.requireNonNull(object, "object == null");
        this.objectType = Objects.requireNonNull(objectType, "objectType == null");
        this.name = Objects.requireNonNull(name, "name == null");
        this.tagger = Objects.requireNonNull(tagger, "tagger == null");
        this.message = Objects.requireNonNull(message, "message == null");
        this.id = ObjectId.hash("tag", encode());
    }

    /** {@return the id of the tagged object} */
    public ObjectId object() {
        return object;
    }

    /** {@return the Git type of the tagged object} */
    public String objectType() {
        return objectType;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the tagger} */
    public Signature tagger() {
        return tagger;
    }

    /** {@return the message} */
    public String message() {
        return message;
    }

    @Override
    public String type() {
        return "tag";
    }

    @Override
    public byte[] encode() {
        return ("object " + object.hex() + "\ntype " + objectType + "\ntag " + name + "\ntagger " + tagger.encode()
                + "\n\n" + message).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ObjectId id() {
        return id;
    }
}

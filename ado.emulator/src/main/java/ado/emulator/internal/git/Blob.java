package ado.emulator.internal.git;

import java.util.Objects;

/** File content. */
public final class Blob implements GitObject {

    private final byte[] data;
    private final ObjectId id;

    /** Wraps a copy of {@code data}. */
    public Blob(byte[] data) {
        this.data = Objects.requireNonNull(data, "data == null").clone();
        this.id = ObjectId.hash("blob", this.data);
    }

    /** {@return a copy of the content} */
    public byte[] data() {
        return data.clone();
    }

    /** {@return the content length in bytes} */
    public int size() {
        return data.length;
    }

    @Override
    public String type() {
        return "blob";
    }

    @Override
    public byte[] encode() {
        return data.clone();
    }

    @Override
    public ObjectId id() {
        return id;
    }
}

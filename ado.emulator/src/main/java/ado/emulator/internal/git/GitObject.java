package ado.emulator.internal.git;

/** An object in a Git object database; its id is the SHA-1 of its type, length and encoding. */
public sealed interface GitObject permits Blob, Tree, Commit, Tag {

    /** {@return the object type as Git names it: blob, tree, commit or tag} */
    String type();

    /** {@return the canonical encoding Git hashes and stores} */
    byte[] encode();

    /** {@return the object's id} */
    ObjectId id();
}

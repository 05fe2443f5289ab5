package ado.emulator.internal.git;

import java.util.Objects;

/** One file change in a pushed commit; paths have no leading slash. */
public sealed interface Change {

    /** {@return the path the change applies to} */
    String path();

    /** Add a new file. */
    record Add(String path, byte[] content) implements Change {
        /** Checks the fields. */
        public Add {
            Objects.requireNonNull(path, "path == null");
            Objects.requireNonNull(content, "content == null");
        }
    }

    /** Replace the content of an existing file. */
    record Edit(String path, byte[] content) implements Change {
        /** Checks the fields. */
        public Edit {
            Objects.requireNonNull(path, "path == null");
            Objects.requireNonNull(content, "content == null");
        }
    }

    /** Delete a file, or every file below a folder. */
    record Delete(String path) implements Change {
        /** Checks the field. */
        public Delete {
            Objects.requireNonNull(path, "path == null");
        }
    }

    /** Move a file from {@code source} to {@code path}. */
    record Rename(String source, String path) implements Change {
        /** Checks the fields. */
        public Rename {
            Objects.requireNonNull(source, "source == null");
            Objects.requireNonNull(path, "path == null");
        }
    }
}

package ado.model.git;

/** The permissions of the Git Repositories security namespace, with their bits. */
public enum GitPermission {
    /** Administer (bit 1). */
    ADMINISTER(1),
    /** Read (bit 2). */
    GENERIC_READ(2),
    /** Contribute (bit 4). */
    GENERIC_CONTRIBUTE(4),
    /** Force push: rewrite history, delete branches and tags (bit 8). */
    FORCE_PUSH(8),
    /** Create branch (bit 16). */
    CREATE_BRANCH(16),
    /** Create tag (bit 32). */
    CREATE_TAG(32),
    /** Manage notes (bit 64). */
    MANAGE_NOTE(64),
    /** Bypass policies when pushing (bit 128). */
    POLICY_EXEMPT(128),
    /** Create repository (bit 256). */
    CREATE_REPOSITORY(256),
    /** Delete repository (bit 512). */
    DELETE_REPOSITORY(512),
    /** Rename repository (bit 1024). */
    RENAME_REPOSITORY(1024),
    /** Edit policies (bit 2048). */
    EDIT_POLICIES(2048),
    /** Remove others' locks (bit 4096). */
    REMOVE_OTHERS_LOCKS(4096),
    /** Manage permissions (bit 8192). */
    MANAGE_PERMISSIONS(8192),
    /** Contribute to pull requests (bit 16384). */
    PULL_REQUEST_CONTRIBUTE(16384),
    /** Bypass policies when completing pull requests (bit 32768). */
    PULL_REQUEST_BYPASS_POLICY(32768);

    private final long bit;

    GitPermission(long bit) {
        this.bit = bit;
    }

    /** {@return the permission's bit} */
    public long bit() {
        return bit;
    }
}

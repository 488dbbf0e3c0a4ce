package dev.cairn.storage.jdbc;

/**
 * What an acknowledged write on an H2 file database survives. Either way a commit is appended to the
 * commit journal beside the database before it is acknowledged, and H2 writes its own file in the
 * background; after a crash the journal repeats what the file lacks. PostgreSQL needs no such choice:
 * with its default {@code synchronous_commit = on} a commit returns only after its WAL record is on disk.
 */
public enum H2Durability {

    /**
     * The default. The journal is forced to the device before a commit returns (one fsync shared by
     * the commits that arrive together), so an acknowledged write survives a crash of the process, of
     * the operating system and a power loss, as far as the disk honours cache flushes.
     */
    MACHINE_CRASH,

    /**
     * The journal is written before a commit returns but not forced to the device: an acknowledged
     * write survives a crash or kill -9 of the process, since the operating system holds it, but not an
     * operating system crash or a power loss. For development and tests.
     */
    PROCESS_CRASH
}

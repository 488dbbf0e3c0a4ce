package dev.cairn.storage.jdbc;

/**
 * What an acknowledged write on an H2 file database survives. PostgreSQL needs no such choice: with
 * its default {@code synchronous_commit = on} a commit returns only after its WAL record is on disk.
 */
public enum H2Durability {

    /**
     * The default. Every commit is written to the database file and forced to the device
     * ({@code CHECKPOINT SYNC}, one fsync shared by the commits that finished before it started) before
     * it returns, so an acknowledged write survives a crash of the process, of the operating system and
     * a power loss, as far as the disk honours cache flushes. Costs one fsync per commit when requests
     * arrive one at a time (a few milliseconds on a typical virtual disk).
     */
    MACHINE_CRASH,

    /**
     * Every commit is written to the database file ({@code CHECKPOINT}) before it returns but not
     * forced to the device: an acknowledged write survives a crash or kill -9 of the process, since the
     * operating system holds it, but not an operating system crash or a power loss. For development and
     * tests.
     */
    PROCESS_CRASH
}

package dev.cairn.core.storage;

/**
 * Writes that a rebuild folded in memory on one thread and hands to another thread to make, so that
 * the folding of the next batch goes on meanwhile (see {@code dev.cairn.core.audit.Rebuild}). Until
 * {@link #committed()}, the folding thread reads what they hold from memory rather than the store.
 */
public interface HandedOff {

    /** Makes the writes, in the calling thread's current transaction. */
    void write();

    /** The transaction that made the writes committed: the folding thread reads these rows from the store again. */
    void committed();
}

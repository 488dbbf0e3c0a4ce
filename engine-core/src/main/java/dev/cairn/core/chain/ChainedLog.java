package dev.cairn.core.chain;

import java.util.function.Consumer;

/**
 * A log whose backend links every appended event to the ones before it (see {@link ChainHash}), read
 * back row by row for verification.
 */
public interface ChainedLog {

    /** The chain's head as recorded by the last append. */
    ChainHead head();

    /** How many rows the log holds (for progress; the scan is the truth). */
    long size();

    /** Every stored row in the backend's order of the log, oldest first. */
    void scan(Consumer<StoredEvent> row);
}

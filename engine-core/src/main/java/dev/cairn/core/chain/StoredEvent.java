package dev.cairn.core.chain;

/**
 * One event exactly as a backend stores it: the sealed, serialized payload and metadata and the
 * columns beside them, plus its place in the log and its link in the hash chain. A person's values
 * are sealed in {@code payload}, so erasing the person's key changes nothing here and never breaks
 * the chain.
 *
 * @param globalIndex   the backend's own order of the log (its identity column); not hashed, since
 *                      H2's commit journal may renumber it when it repeats commits after a crash
 * @param position      the event's place in the chain, from 0; null for a row written without a link
 * @param hash          its link, SHA-256 over the previous link, its position and what is stored; null when unlinked
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                          Long position, byte[] hash) {

    /** What an investigator reads to find the row: its index, identifier, stream, sequence, type and time. */
    public String describe() {
        return "global index " + globalIndex + ", event " + eventIdentifier + ", aggregate " + aggregateIdentifier + " #" + sequenceNumber
                + ", " + payloadType + ", " + timestamp;
    }
}

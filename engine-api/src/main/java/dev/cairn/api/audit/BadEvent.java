package dev.cairn.api.audit;

/**
 * The first event at which a verification found the log changed.
 *
 * @param position the event's place in the chain, from 0: the position the verification expected
 *                 next (for a missing event, the one missing)
 * @param row      the stored row found there, described by its global index, event identifier,
 *                 aggregate, sequence number, type and time; null when none is (events missing at the end)
 * @param problem  what is wrong, in words
 */
public record BadEvent(long position, String row, String problem) {

    @Override
    public String toString() {
        return "event #" + position + (row != null ? " (" + row + ")" : "") + ": " + problem;
    }
}

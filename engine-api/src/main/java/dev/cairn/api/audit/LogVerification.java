package dev.cairn.api.audit;

/**
 * The outcome of verifying the log's hash chain (and a checkpoint, if one was given).
 *
 * @param intact        whether every event links to the one before it as written, the chain's head
 *                      matches the last event, and the log agrees with the checkpoint
 * @param eventsChecked how many events were checked
 * @param firstBad      the first event found changed, missing, inserted or moved; null when intact
 * @param checkpoint    the checkpoint verified against, or null
 */
public record LogVerification(boolean intact, long eventsChecked, BadEvent firstBad, LogCheckpoint checkpoint) {
}

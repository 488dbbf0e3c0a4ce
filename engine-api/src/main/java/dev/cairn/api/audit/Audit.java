package dev.cairn.api.audit;

import dev.cairn.api.model.AdminGetUserResponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Forensic reads of the log: what happened to an account, in order, and what it looked like at a
 * given instant. These read the log itself, not the projections. A secret an event holds (marked
 * {@link dev.cairn.api.event.Secret}, such as a TOTP secret) reads as {@link dev.cairn.api.event.Secret#REDACTED}.
 *
 * <p>The log is also evidence: every stored event is linked to the ones before it by a SHA-256 hash
 * chain over what is stored, so {@link #verify} finds any event edited, deleted, inserted or moved
 * and names the first; a signed {@link #checkpoint} kept elsewhere proves later that nothing before
 * it changed. Long operations report to a {@link ProgressListener}.
 */
public interface Audit {

    /**
     * Every event of the user that now has {@code username} in the pool, oldest first.
     *
     * @throws dev.cairn.api.error.UserNotFoundException when no such user exists now
     */
    List<HistoryEntry> userHistory(String userPoolId, String username);

    /** Every event of the user with this {@code sub}, oldest first; empty for an unknown sub. Works for deleted users. */
    List<HistoryEntry> userHistoryBySub(String userPoolId, String sub);

    /**
     * The user with this {@code sub} as it was at {@code at} (every event written at or before that
     * instant applied), in AdminGetUser's shape; empty if the user did not exist then.
     */
    Optional<AdminGetUserResponse> userAsOf(String userPoolId, String sub, Instant at);

    /**
     * Recomputes the log's hash chain from what is stored and compares it with the stored links and
     * the chain's head.
     *
     * @throws UnsupportedOperationException when the storage keeps no chain (in memory)
     */
    default LogVerification verify() {
        return verify(null, ProgressListener.NONE);
    }

    /**
     * As {@link #verify()}, and also checks that the log's first {@code checkpoint.count()} events
     * still end in the checkpoint's head, and that its signature holds (null: no checkpoint).
     */
    LogVerification verify(LogCheckpoint checkpoint, ProgressListener progress);

    /** A checkpoint of the log as it is now, signed with the engine's log-signing key (made on first use). */
    LogCheckpoint checkpoint();

    /** Every event the filter admits, in the order of the log, opened as {@link LogEntry} describes. */
    void export(ExportFilter filter, Consumer<LogEntry> sink, ProgressListener progress);

    /**
     * What changed about the user with this {@code sub} after {@code from} up to and including
     * {@code to}: attributes, status, enabled, groups, devices and second factors, each with the
     * event that changed it and who acted. Oldest first.
     */
    List<UserChange> userDiff(String userPoolId, String sub, Instant from, Instant to);

    /**
     * Drops every projection and uniqueness claim and rebuilds them from the log; not while
     * requests are served. Returns how many events were replayed.
     */
    long rebuild(ProgressListener progress);
}

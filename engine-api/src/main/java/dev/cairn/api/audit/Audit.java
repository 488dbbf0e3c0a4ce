package dev.cairn.api.audit;

import dev.cairn.api.model.AdminGetUserResponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Forensic reads of the log: what happened to an account, in order, and what it looked like at a
 * given instant. These read the log itself, not the projections. A secret an event holds (marked
 * {@link dev.cairn.api.event.Secret}, such as a TOTP secret) reads as {@link dev.cairn.api.event.Secret#REDACTED}.
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
}

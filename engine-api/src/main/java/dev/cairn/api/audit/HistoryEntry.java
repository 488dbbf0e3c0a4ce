package dev.cairn.api.audit;

import dev.cairn.api.RequestContext;

import java.time.Instant;

/**
 * One event of an aggregate's history, as stored in the log.
 *
 * @param sequence the event's position in its aggregate's stream, from 0
 * @param at       when it was written
 * @param type     its stored type name, e.g. {@code cairn.user.UserCreated}
 * @param event    the event record itself (a type from {@code dev.cairn.api.event})
 * @param context  who wrote it, through which client, from where
 */
public record HistoryEntry(long sequence, Instant at, String type, Record event, RequestContext context) {
}

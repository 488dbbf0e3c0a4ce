package dev.cairn.api.audit;

import dev.cairn.api.RequestContext;

import java.time.Instant;

/**
 * One event of the log as an export shows it: its stream, when, what, who, and its values opened
 * (a person's values read {@link dev.cairn.api.event.PersonalData#ERASED} once erased; secrets read
 * {@link dev.cairn.api.event.Secret#REDACTED}).
 *
 * @param aggregateId the stream: a pool's id for pool events, a user's sub for user events
 * @param sequence    the event's position in its stream, from 0
 */
public record LogEntry(String aggregateId, long sequence, Instant at, String type, Record event, RequestContext context) {
}

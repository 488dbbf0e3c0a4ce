package dev.cairn.api.audit;

import dev.cairn.api.RequestContext;

import java.time.Instant;

/**
 * One change to a user between two instants, as a diff of the log shows it.
 *
 * @param at     when the event that made it was written
 * @param facet  {@code attribute}, {@code status}, {@code enabled}, {@code group}, {@code device} or {@code factor}
 * @param name   which attribute, group, device or factor; the facet itself for status and enabled
 * @param before the value before (null: absent)
 * @param after  the value after (null: removed)
 * @param type   the stored type of the event that made it
 * @param by     who made it, through which client, from where
 */
public record UserChange(Instant at, String facet, String name, String before, String after, String type, RequestContext by) {
}

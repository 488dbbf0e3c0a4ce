package dev.cairn.core.upcast;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.UnaryOperator;

/**
 * One step in the history of a stored event type: turns the JSON payload of revision
 * {@code fromRevision} of {@code type} into the payload of revision {@code fromRevision + 1}. The
 * log is never rewritten; events are upcast as they are read, step by step up to the revision the
 * event class declares. A step works on JSON alone, never on the classes of today's engine, so it
 * keeps meaning what it meant when it was written.
 *
 * @param type         the stored type name, e.g. {@code cairn.userpool.UserPoolCreated}
 * @param fromRevision the revision the step reads
 * @param change       the payload of the next revision, from the payload of this one (which it may change in place)
 */
public record Upcaster(String type, int fromRevision, UnaryOperator<ObjectNode> change) {
}

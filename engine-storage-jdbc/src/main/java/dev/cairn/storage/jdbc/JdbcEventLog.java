package dev.cairn.storage.jdbc;

import dev.cairn.core.chain.ChainHash;
import dev.cairn.core.chain.ChainHead;
import dev.cairn.storage.jdbc.schema.EventChainTable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Axon's JDBC event storage engine, storing each event's timestamp to the nanosecond and linking
 * each event into the log's hash chain as it is appended.
 *
 * <p>Timestamps: Axon writes milliseconds, so an event read back from the table would carry another
 * timestamp than the one the live projections saw when it was published, and a projection rebuilt
 * from the log would differ from the live one in every date it shows. The text keeps a fixed width,
 * so it still sorts as time.
 *
 * <p>The chain ({@link EventChainTable}): an append locks the chain's head row, links each event to
 * the previous one over exactly the bytes it writes ({@link ChainHash}), inserts them with their
 * positions and links, and moves the head, all in the appending transaction. The lock is held until
 * that transaction ends, so appends, from this node or another on the same database, take their turn
 * from the append to the commit (not while the command runs before it).
 */
final class JdbcEventLog extends JdbcEventStorageEngine {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String INSERT = "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, chain_position, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    JdbcEventLog(Builder builder) {
        super(builder);
    }

    @Override
    protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp) throws SQLException {
        statement.setString(position, TIMESTAMP.format(timestamp));
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer)
            throws SQLException {
        ChainHead head = EventChainTable.lockHead(connection);
        long position = head.count();
        byte[] link = head.hash();
        PreparedStatement insert = connection.prepareStatement(INSERT);
        try {
            for (EventMessage<?> message : events) {
                DomainEventMessage<?> event = asDomainEvent(message);
                SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
                SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
                String timestamp = TIMESTAMP.format(event.getTimestamp());
                String revision = payload.getType().getRevision();
                link = ChainHash.link(link, position, event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                        event.getType(), timestamp, payload.getType().getName(), revision, payload.getData(), metaData.getData());
                insert.setString(1, event.getIdentifier());
                insert.setString(2, event.getAggregateIdentifier());
                insert.setLong(3, event.getSequenceNumber());
                insert.setString(4, event.getType());
                insert.setString(5, timestamp);
                insert.setString(6, payload.getType().getName());
                insert.setString(7, revision);
                insert.setBytes(8, payload.getData());
                insert.setBytes(9, metaData.getData());
                insert.setLong(10, position++);
                insert.setBytes(11, link);
                insert.addBatch();
            }
            EventChainTable.advance(connection, new ChainHead(position, link));
            return insert;
        } catch (SQLException | RuntimeException e) {
            insert.close();
            throw e;
        }
    }

    /** As Axon stores an event that belongs to no aggregate: its own identifier as the aggregate, sequence 0. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> m) {
        if (m instanceof DomainEventMessage<?> d) return d;
        return new GenericDomainEventMessage<>(null, m.getIdentifier(), 0L, m.getPayload(), m.getMetaData(), m.getIdentifier(), m.getTimestamp());
    }
}

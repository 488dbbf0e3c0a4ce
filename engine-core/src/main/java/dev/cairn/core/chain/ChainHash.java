package dev.cairn.core.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link function of the log's hash chain: SHA-256 over the previous link, the event's position
 * and every stored column of the event except the backend's identity column (see {@link StoredEvent}),
 * each field length-prefixed so no two different events hash alike by shifting bytes between fields.
 * The first event links to {@link #GENESIS}, 32 zero bytes.
 */
public final class ChainHash {

    public static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    /** The link of the event at {@code position} whose predecessor's link is {@code previous}. */
    public static byte[] link(byte[] previous, long position, StoredEvent e) {
        return link(previous, position, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timestamp(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metaData());
    }

    /** As {@link #link(byte[], long, StoredEvent)}, from the columns about to be written. */
    public static byte[] link(byte[] previous, long position, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                              String type, String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(16).putLong(position).putLong(sequenceNumber).array());
        for (String field : new String[]{eventIdentifier, aggregateIdentifier, type, timestamp, payloadType, payloadRevision}) {
            text(sha, field);
        }
        bytes(sha, payload);
        bytes(sha, metaData);
        return sha.digest();
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static void text(MessageDigest sha, String field) {
        bytes(sha, field == null ? null : field.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha, byte[] field) {
        sha.update(ByteBuffer.allocate(4).putInt(field == null ? -1 : field.length).array());
        if (field != null) sha.update(field);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

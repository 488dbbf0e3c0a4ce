package dev.cairn.core.chain;

import dev.cairn.api.audit.BadEvent;
import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.audit.ProgressListener;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Walks a {@link ChainedLog} in its order, recomputing every link from what is stored, and stops at
 * the first event that does not fit:
 * <ul>
 * <li>a row without a link: inserted beside the engine;</li>
 * <li>a row at another position than the next: an event before it deleted (a whole stream too), or
 *     rows moved in the log's order;</li>
 * <li>a row whose stored link is not the one recomputed: its content, or an earlier link, changed;</li>
 * <li>a chain head counting more events than the log holds: events deleted at the end;</li>
 * <li>a checkpoint whose head is not the recomputed link at its count: something at or before it
 *     changed, even with every later link recomputed to hide it.</li>
 * </ul>
 */
public final class ChainVerifier {

    private static final int PROGRESS_EVERY = 10_000;

    private ChainVerifier() {
    }

    /** What a verification found, and the link it recomputed for the last event it checked (what a checkpoint signs). */
    public record Outcome(LogVerification verification, byte[] head) {
    }

    /**
     * Verifies {@code log}, against {@code checkpoint} too when it is not null (its signature is
     * checked elsewhere). Nodes may append meanwhile: the chain's head is read before and after the
     * scan, and events appended during it are checked as far as the scan reaches them.
     */
    public static Outcome verify(ChainedLog log, LogCheckpoint checkpoint, ProgressListener progress) {
        ChainHead before = log.head();
        progress.start("verify", log.size());
        Walk walk = new Walk(checkpoint);
        walk.progress = progress;
        try {
            log.scan(walk::accept);
        } catch (Stop stop) {
            // the first bad event is found
        }
        progress.finish(walk.position);
        if (walk.bad == null) walk.bad = end(walk, before, log.head(), checkpoint);
        return new Outcome(new LogVerification(walk.bad == null, walk.position, walk.bad, checkpoint), walk.previous);
    }

    private static BadEvent end(Walk walk, ChainHead before, ChainHead after, LogCheckpoint checkpoint) {
        if (before.count() > walk.position) {
            return new BadEvent(walk.position, null, "missing: the chain's head counts " + before.count() + " events, the log holds "
                    + walk.position + " (events deleted at the end)");
        }
        if (after.count() < walk.position) {
            return new BadEvent(after.count(), null, "the chain's head counts " + after.count() + " events, the log holds " + walk.position
                    + " linked events (the head was set back)");
        }
        if (after.count() == walk.position && !Arrays.equals(after.hash(), walk.previous)) {
            return new BadEvent(Math.max(0, walk.position - 1), null, "the chain's head does not match the last event's link");
        }
        if (checkpoint != null && checkpoint.count() > walk.position) {
            return new BadEvent(walk.position, null, "missing: the checkpoint of " + checkpoint.at() + " counts " + checkpoint.count()
                    + " events, the log holds " + walk.position);
        }
        return null;
    }

    /** Thrown out of the scan at the first bad event. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Walk {
        final LogCheckpoint checkpoint;
        final byte[] checkpointHead;
        long position;
        byte[] previous = ChainHash.GENESIS;
        BadEvent bad;
        ProgressListener progress = ProgressListener.NONE;

        Walk(LogCheckpoint checkpoint) {
            this.checkpoint = checkpoint;
            this.checkpointHead = checkpoint == null ? null : HexFormat.of().parseHex(checkpoint.head());
        }

        void accept(StoredEvent row) {
            if (row.position() == null || row.hash() == null) {
                fail(position, row, "not in the chain: a row without a link, written beside the engine");
            }
            if (row.position() != position) {
                fail(position, row, row.position() > position
                        ? "missing or moved: found event #" + row.position() + " where #" + position + " was expected"
                        : "moved or repeated: found event #" + row.position() + " again after #" + (position - 1));
            }
            byte[] link = ChainHash.link(previous, position, row);
            if (!Arrays.equals(link, row.hash())) {
                fail(position, row, "changed: what is stored no longer matches its link (or the link before it changed)");
            }
            if (checkpointHead != null && position + 1 == checkpoint.count() && !Arrays.equals(link, checkpointHead)) {
                fail(position, row, "the log up to here differs from the checkpoint of " + checkpoint.at()
                        + ": an event at or before this one changed and the links after it were recomputed");
            }
            previous = link;
            position++;
            if (position % PROGRESS_EVERY == 0) progress.advance(position);
        }

        private void fail(long at, StoredEvent row, String problem) {
            bad = new BadEvent(at, row.describe(), problem);
            throw new Stop();
        }
    }
}

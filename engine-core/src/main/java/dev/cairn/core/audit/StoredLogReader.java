package dev.cairn.core.audit;

import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.chain.StoredEvent;
import dev.cairn.core.personal.PersonalDataSealer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A rebuild's reader of a stored log: the rows of the backend's log in its order, made into the
 * events Axon's reader would hand out (payload upcast and deserialized, metadata, timestamp, personal
 * data opened), without Axon's tracking machinery (a token per event, gap detection, a query per
 * batch and per gap), which a rebuild of a whole log does not need.
 *
 * <p>Reading and decoding run on a thread of their own, a few pages ahead of the caller, which runs
 * the projections: the two halves of a rebuild use two cores. The personal-data keys of a page's
 * users are read from the store in one go, and kept for the next pages ({@link PersonalDataSealer.LogOpener}).
 */
final class StoredLogReader {

    /** Events decoded together, with one read of their users' keys. */
    static final int PAGE = 1_000;
    /**
     * Pages read ahead of the projections: more than a batch's worth ({@link Rebuild#BATCH}), so the
     * reader keeps working while the projections write a batch, yet bounded, so a slow writer holds it back.
     */
    private static final int AHEAD = 16;

    private final EventSerializer serializer;
    private final PersonalDataSealer sealer;
    private final int pageSize;

    StoredLogReader(EventSerializer serializer, PersonalDataSealer sealer, int pageSize) {
        this.serializer = serializer;
        this.sealer = sealer;
        this.pageSize = pageSize;
    }

    /** A page of events, or the end of the log (empty), or the reader's failure. */
    private record Page(List<EventMessage<?>> events, Throwable failure) {
        static final Page END = new Page(List.of(), null);
    }

    /** Hands every event of {@code log} to {@code sink}, in order, on the calling thread. */
    void read(ChainedLog log, Consumer<EventMessage<?>> sink) {
        BlockingQueue<Page> pages = new ArrayBlockingQueue<>(AHEAD);
        Thread reader = new Thread(() -> produce(log, pages), "cairn-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Page page = pages.take();
                if (page.failure() != null) throw asRuntime(page.failure());
                if (page.events().isEmpty()) return;
                page.events().forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding", e);
        } finally {
            reader.interrupt(); // stops a reader still running after the caller failed
        }
    }

    private void produce(ChainedLog log, BlockingQueue<Page> pages) {
        opener = sealer.openerForLog();
        try {
            List<StoredEvent> rows = new ArrayList<>(pageSize);
            log.scan(row -> {
                rows.add(row);
                if (rows.size() == pageSize) {
                    put(pages, new Page(decode(rows), null));
                    rows.clear();
                }
            });
            if (!rows.isEmpty()) put(pages, new Page(decode(rows), null));
            put(pages, Page.END);
        } catch (CancellationException e) {
            // the caller stopped reading
        } catch (Throwable t) {
            try {
                put(pages, new Page(List.of(), t));
            } catch (CancellationException stopped) {
                // the caller stopped reading
            }
        }
    }

    private static void put(BlockingQueue<Page> pages, Page page) {
        try {
            while (!pages.offer(page, 100, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException();
            }
        } catch (InterruptedException e) {
            throw new CancellationException();
        }
    }

    /** Opens the pages' personal data, keeping their users' keys from page to page (on the reader's thread). */
    private PersonalDataSealer.LogOpener opener;

    /** The metadata decoded last and its bytes: the events of one unit of work carry the same, and come one after another. */
    private byte[] lastMetaDataBytes;
    private MetaData lastMetaData;

    private MetaData metaData(StoredEvent row) {
        if (!java.util.Arrays.equals(row.metaData(), lastMetaDataBytes)) {
            lastMetaData = serializer.metaData(row);
            lastMetaDataBytes = row.metaData();
        }
        return lastMetaData;
    }

    private List<EventMessage<?>> decode(List<StoredEvent> rows) {
        List<Object> payloads = new ArrayList<>(rows.size());
        for (StoredEvent row : rows) payloads.add(serializer.payload(row));
        List<Object> opened = opener.openAll(payloads);
        List<EventMessage<?>> events = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) events.add(message(rows.get(i), opened.get(i)));
        return events;
    }

    /** As Axon's reader makes it: a domain event, unless it was stored without an aggregate type. */
    private EventMessage<?> message(StoredEvent row, Object payload) {
        MetaData metaData = metaData(row);
        Instant timestamp = StoredTimestamps.parse(row.timestamp());
        if (row.type() == null) return new GenericEventMessage<>(row.eventIdentifier(), payload, metaData, timestamp);
        return new GenericDomainEventMessage<>(row.type(), row.aggregateIdentifier(), row.sequenceNumber(), payload, metaData,
                row.eventIdentifier(), timestamp);
    }

    private static RuntimeException asRuntime(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}

package dev.cairn.core.audit;

import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.chain.ChainHead;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.chain.StoredEvent;
import dev.cairn.core.personal.PersonalDataSealer;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.function.Consumer;

/** The rebuild's reader ({@link StoredLogReader}, package-private) for benchmarks outside its package. */
public final class StoredLogReading {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private StoredLogReading() {
    }

    /**
     * Every row of {@code rows} decoded as a rebuild decodes it, handed to {@code sink} in order. Answers the
     * CPU time the reader's thread spent decoding, in nanoseconds (every page but a last short one, which it
     * decodes after its scan).
     */
    public static long read(EventSerializer serializer, PersonalDataSealer sealer, List<StoredEvent> rows, Consumer<EventMessage<?>> sink) {
        long[] cpu = {0};
        new StoredLogReader(serializer, sealer, StoredLogReader.PAGE).read(new ChainedLog() {
            @Override
            public ChainHead head() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long size() {
                return rows.size();
            }

            @Override
            public void scan(Consumer<StoredEvent> row) {
                long start = THREADS.getCurrentThreadCpuTime();
                rows.forEach(row);
                cpu[0] = THREADS.getCurrentThreadCpuTime() - start;
            }
        }, sink);
        return cpu[0];
    }
}

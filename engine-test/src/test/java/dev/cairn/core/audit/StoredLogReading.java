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

    private StoredLogReading() {
    }

    /** Every row of {@code rows} decoded as a rebuild decodes it, handed to {@code sink} in order. */
    public static void read(EventSerializer serializer, PersonalDataSealer sealer, List<StoredEvent> rows, Consumer<EventMessage<?>> sink) {
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
                rows.forEach(row);
            }
        }, sink);
    }
}

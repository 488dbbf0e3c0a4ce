package dev.cairn.storage.jdbc.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalFilesTest {

    @TempDir
    Path dir;

    @Test
    void recordsComeBackInOrderAcrossSegments() throws Exception {
        try (JournalFiles files = JournalFiles.create(dir, true)) {
            files.sync(files.append(record(1)));
            files.rotate();
            files.sync(files.append(record(2)));
            files.sync(files.append(record(3)));
        }
        assertThat(JournalFiles.segments(dir)).hasSize(2);
        assertThat(sequences()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRecordCutShortAtTheEndIsAnAppendTheCrashInterruptedAndIsSkipped() throws Exception {
        try (JournalFiles files = JournalFiles.create(dir, false)) {
            files.append(record(1));
            files.append(record(2));
        }
        Path segment = JournalFiles.segments(dir).get(0);
        byte[] all = Files.readAllBytes(segment);
        Files.write(segment, java.util.Arrays.copyOf(all, all.length - 3));

        assertThat(sequences()).containsExactly(1L);
    }

    @Test
    void damageBeforeTheEndOfTheJournalIsAnErrorNotSilence() throws Exception {
        try (JournalFiles files = JournalFiles.create(dir, false)) {
            files.append(record(1));
            files.rotate();
            files.append(record(2));
        }
        Path first = JournalFiles.segments(dir).get(0);
        byte[] all = Files.readAllBytes(first);
        all[all.length - 1] ^= 0x55; // the checksum no longer matches
        Files.write(first, all, StandardOpenOption.TRUNCATE_EXISTING);

        assertThatThrownBy(this::sequences).isInstanceOf(IOException.class).hasMessageContaining("checksum");
    }

    @Test
    void concurrentCommitsAllReturnDurableAndNoneIsLost() throws Exception {
        int threads = 8;
        int each = 200;
        try (JournalFiles files = JournalFiles.create(dir, true)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        byte[] r = record(base + i);
                        long ticket;
                        synchronized (files) { // the commit lock, as CommitJournal holds it
                            ticket = files.append(r);
                        }
                        files.sync(ticket);
                        if (i == each / 2 && base == 0) files.rotate(); // a checkpoint in the middle
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
        }
        assertThat(sequences()).hasSize(threads * each).doesNotHaveDuplicates();
    }

    @Test
    void deletingBeforeASegmentKeepsThatSegmentAndLaterOnes() throws Exception {
        int newest;
        try (JournalFiles files = JournalFiles.create(dir, false)) {
            files.append(record(1));
            files.rotate();
            files.append(record(2));
            newest = files.rotate();
            files.append(record(3));
            files.deleteBefore(newest);
        }
        assertThat(sequences()).containsExactly(3L);
    }

    private static byte[] record(long sequence) {
        byte[] r = RecordCodec.encode(List.of(new Write("INSERT INTO t VALUES (?, ?)", List.<Object[]>of(new Object[]{sequence, "row " + sequence}))));
        RecordCodec.setSequence(r, sequence);
        return r;
    }

    private List<Long> sequences() throws Exception {
        List<Long> seen = new ArrayList<>();
        JournalFiles.read(dir, bytes -> seen.add(RecordCodec.decode(bytes).sequence()));
        return seen;
    }
}

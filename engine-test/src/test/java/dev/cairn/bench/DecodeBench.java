package dev.cairn.bench;

import dev.cairn.core.CairnEngine;
import dev.cairn.core.audit.StoredLogReading;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.chain.StoredEvent;
import dev.cairn.core.crypto.DataKey;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.personal.PersonalDataSealer;
import dev.cairn.core.personal.UserKeys;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load driver (not a test) for the reading half of a rebuild alone: the log's rows read into memory
 * once ({@link ChainedLog#scan}), then decoded again and again as the rebuild's reader decodes them
 * (payload upcast and deserialized, personal data opened with keys read from the store a page at a
 * time, metadata, timestamp), to nothing. Prints this JVM's CPU per event for the scan and for the
 * decoding, and the reader thread's alone (without the collector's and compiler's threads, which make the
 * JVM's figure noisy), medians after {@code warmups} rounds, and a digest of every decoded event, so two builds
 * run on the same log can be compared for speed and checked to decode alike.
 *
 * <pre>java -cp &lt;engine-test test classpath&gt; dev.cairn.bench.DecodeBench [h2 directory, filled if empty] [events, 200000] [rounds, 5] [warm-up rounds, 3] [order: log (as stored) or spread (see SPREAD)]</pre>
 */
public final class DecodeBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/cairn-decodebench");
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        boolean spread = args.length > 4 && args[4].equals("spread");
        boolean fresh = !Files.isDirectory(dir) || !Files.list(dir).findAny().isPresent();
        Files.createDirectories(dir);
        Path erased = dir.resolve("erased-some");
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH)).build()) {
            if (fresh) ReplayBench.fill(engine, events);
            Storage storage = engine.storage();
            ChainedLog log = storage.chainedLog().orElseThrow();
            SecureRandom random = new SecureRandom();
            // a sealer of its own on the engine's key store and data key: one the engine's caches know nothing of
            PersonalDataSealer sealer = new PersonalDataSealer(
                    new UserKeys(storage.personalDataKeys(), new SecretBox(DataKey.resolve(storage, null), random), random, 10_000), random);
            if (!Files.exists(erased)) {
                eraseSome(engine, sealer);
                Files.createFile(erased);
            }
            List<Double> scan = new ArrayList<>();
            List<Double> decode = new ArrayList<>();
            List<Double> reader = new ArrayList<>();
            List<StoredEvent> rows = null;
            for (int r = 0; r < warmups + rounds; r++) {
                List<StoredEvent> read = new ArrayList<>();
                double before = ProcessCpu.jvmMillis();
                log.scan(read::add);
                double scanned = ProcessCpu.jvmMillis();
                if (spread) read.sort(SPREAD);
                LongAdder n = new LongAdder();
                long readerCpu = StoredLogReading.read(engine.axon().serializer(), sealer, read, e -> n.increment());
                double decoded = ProcessCpu.jvmMillis();
                if (n.sum() != read.size()) throw new IllegalStateException(n.sum() + " events decoded of " + read.size());
                if (r >= warmups) {
                    scan.add((scanned - before) * 1e3 / read.size());
                    decode.add((decoded - scanned) * 1e3 / read.size());
                    reader.add(readerCpu / 1e3 / read.size());
                }
                rows = read;
            }
            System.out.printf("decodebench %,d events: scan %.2f us CPU/event (rounds %s), decode %.2f us CPU/event (rounds %s), "
                            + "decode on the reader thread %.2f us CPU/event (rounds %s)%n", rows.size(),
                    median(scan), join(scan), median(decode), join(decode), median(reader), join(reader));
            System.out.printf("decodebench digest %s%n", digest(engine, sealer, rows));
        }
        System.exit(0);
    }

    /**
     * The order of a log whose users act over a long time rather than all at once: every user's first
     * event, then every user's second, and so on, so that a page holds events of as many users as events
     * and each user's events lie pages apart. (The scan's CPU figure then includes the sort.)
     */
    private static final java.util.Comparator<StoredEvent> SPREAD =
            java.util.Comparator.comparingLong(StoredEvent::sequenceNumber).thenComparingLong(StoredEvent::globalIndex);

    /** Every 20th user deleted and their personal data erased, so the digest covers values read erased too. */
    private static void eraseSome(CairnEngine engine, PersonalDataSealer sealer) {
        List<dev.cairn.api.event.UserCreated> users = new ArrayList<>();
        engine.storage().chainedLog().orElseThrow().scan(row -> {
            if (row.payloadType().equals(engine.axon().serializer().storedName(dev.cairn.api.event.UserCreated.class))) {
                users.add((dev.cairn.api.event.UserCreated) sealer.open(engine.axon().serializer().payload(row)));
            }
        });
        for (int i = 0; i < users.size(); i += 20) {
            dev.cairn.api.event.UserCreated u = users.get(i);
            engine.adminDeleteUser(dev.cairn.api.model.AdminDeleteUserRequest.builder().userPoolId(u.userPoolId()).username(u.username()).build());
            engine.erasePersonalData(u.userPoolId(), u.sub());
        }
        System.out.printf("erased %,d users of %,d%n", (users.size() + 19) / 20, users.size());
    }

    /** SHA-256 over every decoded event's every part, as text. */
    private static String digest(CairnEngine engine, PersonalDataSealer sealer, List<StoredEvent> rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StoredLogReading.read(engine.axon().serializer(), sealer, rows, e -> sha.update(describe(e).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String describe(EventMessage<?> e) {
        String domain = e instanceof DomainEventMessage<?> d ? d.getType() + "|" + d.getAggregateIdentifier() + "|" + d.getSequenceNumber() : "-";
        return e.getClass().getName() + "|" + e.getIdentifier() + "|" + domain + "|" + e.getTimestamp() + "|" + e.getPayloadType().getName() + "|"
                + e.getPayload() + "|" + new java.util.TreeMap<>(e.getMetaData()) + "\n";
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String join(List<Double> values) {
        return String.join(" ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }
}

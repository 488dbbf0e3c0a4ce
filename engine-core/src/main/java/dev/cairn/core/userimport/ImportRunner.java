package dev.cairn.core.userimport;

import dev.cairn.api.RequestContext;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserImportBatchImported.RowError;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.axon.EngineClock;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.mfa.MfaFactor;
import dev.cairn.core.mfa.MfaPreferences;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserClaims;
import dev.cairn.core.user.UserStatus;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs started import jobs in the background, one at a time per engine, in batches: each batch's
 * users and the job's counters commit in one unit of work, so a job's counters always match the
 * users it created and DescribeUserImportJob shows its progress batch by batch. Before it imports a
 * row, the node must have claimed the job from its aggregate; with several nodes on one database
 * exactly one wins the claim, and a stop asked on any node ends the run at its next batch.
 */
public final class ImportRunner implements AutoCloseable {

    /** Rows per unit of work: large enough to amortize a commit, small enough to show progress and stop soon. */
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final ClaimStore claims;
    private final ImportFiles files;
    private final Ids ids;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cairn-user-import");
        t.setDaemon(true);
        return t;
    });

    public ImportRunner(AxonRuntime axon, PoolDirectory pools, ClaimStore claims, ImportFiles files, Ids ids, Clock clock) {
        this.axon = axon;
        this.pools = pools;
        this.claims = claims;
        this.files = files;
        this.ids = ids;
        this.clock = clock;
    }

    /** Runs the job in the background, if this node wins it. */
    public void submit(String userPoolId, String jobId) {
        executor.submit(() -> run(userPoolId, jobId));
    }

    /**
     * Runs a Pending job here, now, if this node claims it; answers whether it did. The job has
     * ended (or is stopped) when this returns true.
     */
    public boolean run(String userPoolId, String jobId) {
        boolean claimed = send(new ImportCommands.Claim(jobId, node));
        if (!claimed) return false;
        try {
            importFile(userPoolId, jobId);
        } catch (RuntimeException e) {
            LOG.error("User import job {} failed", jobId, e);
            send(new ImportCommands.Fail(jobId, node, "InternalError"));
        } finally {
            files.delete(jobId);
        }
        return true;
    }

    private void importFile(String userPoolId, String jobId) {
        Optional<String> csv = files.read(jobId);
        if (csv.isEmpty()) {
            send(new ImportCommands.Fail(jobId, node, "NoFileUploaded"));
            return;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(withoutByteOrderMark(csv.get())), FORMAT)) {
            UserPoolState pool = pools.find(userPoolId).orElse(null);
            String bad = pool == null ? "UserPoolNotFound" : ImportRows.checkHeader(pool, parser.getHeaderNames());
            if (bad != null) {
                send(new ImportCommands.Fail(jobId, node, bad));
                return;
            }
            Iterator<CSVRecord> rows = parser.iterator();
            List<CSVRecord> batch = new ArrayList<>(BATCH);
            boolean goOn = true;
            while (goOn) {
                batch.clear();
                while (batch.size() < BATCH && rows.hasNext()) batch.add(rows.next());
                goOn = importBatch(userPoolId, jobId, batch, !rows.hasNext());
            }
        } catch (IOException | UncheckedIOException e) {
            send(new ImportCommands.Fail(jobId, node, "InvalidFile"));
        }
    }

    private boolean importBatch(String userPoolId, String jobId, List<CSVRecord> batch, boolean last) {
        return inUnitOfWork(() -> {
            UserPoolState pool = pools.require(userPoolId);
            long imported = 0, skipped = 0, failed = 0;
            List<RowError> errors = new ArrayList<>();
            // Claims reach the claim store when the batch commits: rows of this batch see each other's here.
            java.util.Set<UniqueKey> batchKeys = new java.util.HashSet<>();
            for (CSVRecord record : batch) {
                long line = record.getRecordNumber() + 1;
                ImportRows.Outcome row = ImportRows.check(pool, cells(record), ids.uuid());
                if (row.user() == null) {
                    failed++;
                    errors.add(new RowError(line, "ERROR", row.refusal()));
                    continue;
                }
                String taken = taken(pool, row, batchKeys);
                if (taken != null) {
                    boolean exists = taken.startsWith(UserClaims.USERNAME); // the username, or the email or phone signing in as one
                    if (exists) skipped++;
                    else failed++;
                    errors.add(new RowError(line, exists ? "WARN" : "ERROR", exists ? "The user already exists; skipped."
                            : "Another user already has this " + UserClaims.attributeOf(taken) + "."));
                    continue;
                }
                axon.send(new Commands.CreateUser(row.user().sub(), pool, row.user().username(), row.user().attributes(), UserStatus.RESET_REQUIRED, null));
                if (row.mfaEnabled()) {
                    axon.send(new Commands.SetMfaPreference(row.user().sub(), Map.of(MfaFactor.SMS_MFA, new MfaPreferences.Setting(true, true))));
                }
                imported++;
            }
            long lines = batch.isEmpty() ? 0 : batch.get(batch.size() - 1).getRecordNumber();
            return axon.<Boolean>send(new ImportCommands.RecordBatch(jobId, node, lines, imported, skipped, failed, errors, last));
        });
    }

    /** The kind of the first unique key of the row's user that someone holds (a username or sign-in alias), or null. */
    private String taken(UserPoolState pool, ImportRows.Outcome row, java.util.Set<UniqueKey> batchKeys) {
        var keys = UserClaims.of(pool, row.user().username(), row.user().attributes());
        for (UniqueKey key : keys) {
            if (batchKeys.contains(key) || claims.owner(pool.id(), key.kind(), key.key()).isPresent()) return key.kind();
        }
        batchKeys.addAll(keys);
        return null;
    }

    private static Map<String, String> cells(CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> {
            if (value != null && !value.isEmpty()) cells.put(column, value);
        });
        return cells;
    }

    private static String withoutByteOrderMark(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    private boolean send(Object command) {
        return inUnitOfWork(() -> Boolean.TRUE.equals(axon.send(command)));
    }

    private <T> T inUnitOfWork(java.util.function.Supplier<T> work) {
        RequestContext context = new RequestContext("SYSTEM", "cairn-user-import", null, null, UUID.randomUUID().toString());
        return EngineClock.with(clock, () -> axon.inUnitOfWork(context, work));
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.cairn.core.userimport;

import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.Storage;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a job's uploaded CSV file waits until its job ends: beside the log in the storage's
 * engine-wide values, so any node sharing the database can run the job, and sealed under the data
 * key (AES-GCM, bound to the job id), since the rows are people's data. Deleted when the job ends.
 */
public final class ImportFiles {

    private static final String PREFIX = "cairn.user-import.";
    private final Storage storage;
    private final SecretBox secrets;

    public ImportFiles(Storage storage, SecretBox secrets) {
        this.storage = storage;
        this.secrets = secrets;
    }

    /** Keeps the file of a job; false if the job already has one. */
    boolean put(String jobId, byte[] csv) {
        String sealed = Base64.getEncoder().encodeToString(secrets.seal(jobId.getBytes(StandardCharsets.UTF_8), csv));
        return storage.settingIfAbsent(PREFIX + jobId, sealed).equals(sealed);
    }

    Optional<String> read(String jobId) {
        return storage.setting(PREFIX + jobId).map(sealed -> new String(
                secrets.open(jobId.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8));
    }

    void delete(String jobId) {
        storage.setting(PREFIX + jobId).ifPresent(sealed -> storage.replaceSetting(PREFIX + jobId, sealed, null));
    }
}

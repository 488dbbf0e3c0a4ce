package dev.cairn.test.storage;

import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.DescribeUserPoolClientRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.CairnEngineBuilder;
import dev.cairn.core.crypto.DataKey;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The master key seals the data key, the database alone opens nothing, and rotating the master
 * key keeps every secret in the log readable. On the H2 file backend, reopened between steps.
 */
class MasterKeyTest {

    static final byte[] FIRST = key(1);
    static final byte[] SECOND = key(2);

    @TempDir
    Path data;

    static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    CairnEngine open(byte[] masterKey) {
        CairnEngineBuilder b = CairnEngine.builder().storage(JdbcStorage.h2File(data));
        if (masterKey != null) b.masterKey(masterKey);
        return b.build();
    }

    /** Creates a pool and a client with a secret (sealed in the log); answers {pool, client, secret}. */
    String[] writeASecret(CairnEngine engine) {
        String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("keys").build()).userPool().id();
        var client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("c")
                .generateSecret(true).build()).userPoolClient();
        return new String[] {pool, client.clientId(), client.clientSecret()};
    }

    String secretOf(CairnEngine engine, String[] written) {
        return engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(written[0]).clientId(written[1]).build())
                .userPoolClient().clientSecret();
    }

    @Test
    void withAMasterKeyTheDatabaseKeepsNoKeyInTheClearAndReopens() {
        String[] written;
        try (CairnEngine engine = open(FIRST)) {
            written = writeASecret(engine);
            assertThat(engine.storage().setting("master_key")).isEmpty();
            assertThat(engine.storage().setting("data_key_sealed")).isPresent();
        }
        try (CairnEngine engine = open(FIRST)) {
            assertThat(secretOf(engine, written)).isEqualTo(written[2]);
        }
    }

    @Test
    void aWrongOrMissingMasterKeyIsRefusedClearly() {
        try (CairnEngine engine = open(FIRST)) {
            writeASecret(engine);
        }
        assertThatThrownBy(() -> open(SECOND)).hasMessageContaining("does not open this database's data key");
        assertThatThrownBy(() -> open(null)).hasMessageContaining("sealed under a master key");
    }

    @Test
    void aDatabaseThatKeptItsKeyInTheClearHasItSealedWhenOpenedWithAMasterKey() {
        String[] written;
        try (CairnEngine engine = open(null)) {
            written = writeASecret(engine);
            assertThat(engine.storage().setting("master_key")).isPresent();
        }
        try (CairnEngine engine = open(FIRST)) {
            assertThat(engine.storage().setting("master_key")).as("the clear copy is gone").isEmpty();
            assertThat(secretOf(engine, written)).isEqualTo(written[2]);
        }
    }

    @Test
    void rotatingTheMasterKeyKeepsEverySecretReadableAndRetiresTheOldKey() {
        String[] written;
        try (CairnEngine engine = open(FIRST)) {
            written = writeASecret(engine);
        }
        try (JdbcStorage storage = JdbcStorage.h2File(data)) {
            DataKey.rotate(storage, FIRST, SECOND);
        }
        assertThatThrownBy(() -> open(FIRST)).hasMessageContaining("does not open");
        try (CairnEngine engine = open(SECOND)) {
            assertThat(secretOf(engine, written)).isEqualTo(written[2]);
            writeASecret(engine);
        }
    }

    @Test
    void aLogWhoseSecretsTheHostsKeySealedDirectlyKeepsThatKeyAsItsDataKey() {
        // Before data keys existed, a host's key sealed the secrets itself and the database kept no key.
        // Made here from a database that kept its key in the clear, with that copy then removed.
        String[] written;
        byte[] hostKey;
        try (CairnEngine engine = open(null)) {
            written = writeASecret(engine);
            String clear = engine.storage().setting("master_key").orElseThrow();
            hostKey = java.util.Base64.getDecoder().decode(clear);
            engine.storage().replaceSetting("master_key", clear, null);
        }
        try (CairnEngine engine = open(hostKey)) {
            assertThat(secretOf(engine, written)).isEqualTo(written[2]);
            assertThat(engine.storage().setting("data_key_sealed")).isPresent();
        }
        try (CairnEngine engine = open(hostKey)) {
            assertThat(secretOf(engine, written)).isEqualTo(written[2]);
        }
    }

    /** A database written before data keys, by a host that gave its key: events, and no key material stored. */
    byte[] legacyDatabase(String[][] written) {
        try (CairnEngine engine = open(null)) {
            written[0] = writeASecret(engine);
            String clear = engine.storage().setting("master_key").orElseThrow();
            engine.storage().replaceSetting("master_key", clear, null);
            return java.util.Base64.getDecoder().decode(clear);
        }
    }

    @Test
    void aLogSealedUnderAHostsKeyIsRefusedWithoutItAndNothingIsStored() {
        String[][] written = new String[1][];
        byte[] hostKey = legacyDatabase(written);
        assertThatThrownBy(() -> open(null)).hasMessageContaining("no stored data key");
        try (JdbcStorage storage = JdbcStorage.h2File(data)) {
            assertThat(storage.setting("master_key")).isEmpty();
            assertThat(storage.setting("data_key_sealed")).isEmpty();
        }
        try (CairnEngine engine = open(hostKey)) {
            assertThat(secretOf(engine, written[0])).isEqualTo(written[0][2]);
        }
    }

    @Test
    void rotatingTheKeyOfALogSealedUnderAHostsKeyKeepsItsSecrets() {
        String[][] written = new String[1][];
        byte[] hostKey = legacyDatabase(written);
        try (JdbcStorage storage = JdbcStorage.h2File(data)) {
            DataKey.rotate(storage, hostKey, SECOND);
        }
        try (CairnEngine engine = open(SECOND)) {
            assertThat(secretOf(engine, written[0])).isEqualTo(written[0][2]);
        }
    }
}

package dev.cairn.storage.jdbc.journal;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The commit journal as the H2 storage uses it (a kill -9 and the recovery: {@code H2CrashDurabilityTest}). */
class CommitJournalTest {

    @TempDir
    Path dir;

    @Test
    void theJournalKeepsWhatTheLogKeepsSealedAndIsGoneAfterAClose() throws Exception {
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH)).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("journal").build()).userPool().id();
            engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice-journal").messageAction("SUPPRESS")
                    .userAttributes(AttributeType.builder().name("email").value("alice.secret@example.com").build()).build());
            engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice-journal")
                    .password("Journal-Passw0rd!").permanent(true).build());

            ByteArrayOutputStream journal = new ByteArrayOutputStream();
            for (Path segment : JournalFiles.segments(dir)) {
                journal.write(Files.readAllBytes(segment));
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(segment))).isEqualTo("rw-------");
            }
            String text = journal.toString(StandardCharsets.ISO_8859_1);
            assertThat(text).contains("cairn.user.UserCreated", "cairn.user.PasswordSet");
            // Events are sealed before they are appended; the read model holds what ListUsers answers.
            assertThat(text).doesNotContain("Journal-Passw0rd!");
        }
        assertThat(JournalFiles.segments(dir)).isEmpty();
    }
}

package dev.cairn.test.storage;

import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's username, email addresses, phone number and name go through creation, an SRP sign-in,
 * an update and deletion; the event tables never hold them in plaintext (the read model does, while
 * the user lives, which shows the scan would find them). After the user is deleted and its personal
 * data erased, no table of the database holds any of them, on H2 and on PostgreSQL.
 */
class PersonalDataInStorageTest {

    private static final List<String> PERSONAL = List.of("persephone-k", "persephone@example.org",
            "persephone.new@example.org", "+15550001234", "Persephone");
    private static final String PASSWORD = "Perso-nal-Passw0rd!";

    @TempDir
    Path h2Dir;

    @Test
    void h2() throws Exception {
        check(JdbcStorage.h2File(h2Dir), () -> DriverManager.getConnection(H2Dialect.fileUrl(h2Dir), "sa", ""));
    }

    @Test
    void postgresql() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("personal");
        check(JdbcStorage.postgres(url, pg.user(), pg.password()), () -> DriverManager.getConnection(url, pg.user(), pg.password()));
    }

    private void check(Storage storage, Callable<Connection> connect) throws Exception {
        try (CairnEngine api = CairnEngine.builder().storage(storage).build()) {
            String pool = api.createUserPool(CreateUserPoolRequest.builder().poolName("people").aliasAttributes("email", "phone_number").build())
                    .userPool().id();
            String client = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app")
                    .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            String username = PERSONAL.get(0);
            UserType user = api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(username).messageAction("SUPPRESS")
                    .userAttributes(attr("email", PERSONAL.get(1)), attr("email_verified", "true"), attr("phone_number", PERSONAL.get(3)),
                            attr("given_name", PERSONAL.get(4))).build()).user();
            String sub = user.attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
            api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(username).password(PASSWORD).permanent(true).build());
            var start = SignIn.startSrp(api, client, PERSONAL.get(1), null); // by email alias: the log records what was typed
            assertThat(api.respondToAuthChallenge(SignIn.answer(start, pool, client, PASSWORD, Instant.now(), null))
                    .authenticationResult().accessToken()).isNotBlank();
            api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username(username)
                    .userAttributes(attr("email", PERSONAL.get(2)), attr("email_verified", "true")).build());

            String log = StoredText.tables(connect.call(), t -> t.endsWith("event_entry"));
            assertThat(log).as("the log was read").contains("cairn.user.UserCreated", "cairn.auth.AuthChallengeIssued", sub);
            for (String value : PERSONAL) assertThat(log).as("personal value in the log").doesNotContain(value);
            assertThat(StoredText.everyTable(connect.call())).as("the live read model, which the scan must see")
                    .contains(username, PERSONAL.get(2), PERSONAL.get(3), PERSONAL.get(4));

            api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username(username).build());
            api.erasePersonalData(pool, sub);

            String everything = StoredText.everyTable(connect.call());
            assertThat(everything).contains("cairn.user.PersonalDataErased");
            for (String value : PERSONAL) assertThat(everything).as("personal value after erasure").doesNotContain(value);
            var history = api.audit().userHistoryBySub(pool, sub);
            assertThat(history.get(history.size() - 1).type()).isEqualTo("cairn.user.PersonalDataErased");
        }
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}

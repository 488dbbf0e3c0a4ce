package dev.cairn.demo;

import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;

import java.nio.file.Path;

/**
 * A small tour of the engine: creates a pool, an app client, users and a group, lists them,
 * prints one user's history from the log, and erases another user's personal data, on the embedded default storage (H2 files; a folder may
 * be given, by default engine-test/target/demo-data). Run from the repository root:
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl engine-test exec:java}.
 */
public final class Demo {

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "target/demo-data");
        System.out.println("Embedded H2 storage in " + data.toAbsolutePath());
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(data)).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("demo")
                    .aliasAttributes("email").build()).userPool().id();
            System.out.println("Created user pool " + pool);
            String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool)
                    .clientName("web").generateSecret(true).build()).userPoolClient().clientId();
            System.out.println("Created app client " + client);
            for (String name : new String[]{"alice", "bob", "carol"}) {
                engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(name).messageAction("SUPPRESS")
                        .userAttributes(AttributeType.builder().name("email").value(name + "@example.com").build(),
                                AttributeType.builder().name("email_verified").value("true").build()).build());
            }
            engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("admins").precedence(1).build());
            engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("admins").build());
            engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                    .userAttributes(AttributeType.builder().name("given_name").value("Alice").build()).build());
            engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                    .password("Demo-Passw0rd!").permanent(true).build());

            System.out.println("\nUsers:");
            for (UserType u : engine.listUsers(ListUsersRequest.builder().userPoolId(pool).build()).users()) {
                System.out.printf("  %-6s %-22s %s%n", u.username(), u.userStatus(), u.attributes().stream()
                        .filter(a -> a.name().equals("email")).map(AttributeType::value).findFirst().orElse(""));
            }
            System.out.println("\nMembers of admins: " + engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool)
                    .groupName("admins").build()).users().stream().map(UserType::username).toList());
            System.out.println("\nHistory of alice, from the log:");
            for (HistoryEntry e : engine.audit().userHistory(pool, "alice")) {
                System.out.printf("  #%d %s %-34s by %s %s%n", e.sequence(), e.at(), e.type(), e.context().actorType(), e.context().actor());
            }

            // carol asks to be forgotten: delete her, then erase her personal data from the log.
            String carol = engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("carol").build())
                    .userAttributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
            engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("carol").build());
            engine.erasePersonalData(pool, carol);
            System.out.println("\nHistory of carol (" + carol + ") after deletion and erasure:");
            for (HistoryEntry e : engine.audit().userHistoryBySub(pool, carol)) {
                System.out.printf("  #%d %-34s by %s %s  %s%n", e.sequence(), e.type(), e.context().actorType(), e.context().actor(), e.event());
            }
        }
    }
}

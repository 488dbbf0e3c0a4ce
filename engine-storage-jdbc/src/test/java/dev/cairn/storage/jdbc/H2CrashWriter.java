package dev.cairn.storage.jdbc;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.core.CairnEngine;

import java.nio.file.Path;

/**
 * The process {@link H2CrashDurabilityTest} kills: creates users in an H2 file database until it is
 * killed, printing {@code ACK <username>} only after AdminCreateUser returned.
 *
 * <p>Arguments: the data folder and an {@link H2Durability}.
 */
public final class H2CrashWriter {

    public static void main(String[] args) {
        CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(Path.of(args[0]), H2Durability.valueOf(args[1]))).build();
        String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("crash").build()).userPool().id();
        System.out.println("POOL " + pool);
        System.out.flush();
        for (int i = 0; ; i++) {
            String username = "user" + i;
            engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(username).messageAction("SUPPRESS")
                    .userAttributes(AttributeType.builder().name("email").value(username + "@example.com").build()).build());
            System.out.println("ACK " + username);
            System.out.flush();
        }
    }
}

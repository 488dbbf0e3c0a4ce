package dev.cairn.storage.jdbc;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.core.CairnEngine;

import java.nio.file.Path;

/**
 * The process {@link H2CrashDurabilityTest} and {@link H2CrashLoop} kill: creates users in an H2 file
 * database until it is killed, printing {@code ACK <username>} only after AdminCreateUser returned.
 *
 * <p>Arguments: the data folder, an {@link H2Durability}, and optionally how many threads create
 * users at once (1 by default).
 */
public final class H2CrashWriter {

    public static void main(String[] args) {
        CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(Path.of(args[0]), H2Durability.valueOf(args[1]))).build();
        String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("crash").build()).userPool().id();
        System.out.println("POOL " + pool);
        System.out.flush();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int t = 1; t < threads; t++) {
            String prefix = "t" + t + "-user";
            Thread writer = new Thread(() -> create(engine, pool, prefix));
            writer.start();
        }
        create(engine, pool, "user");
    }

    private static void create(CairnEngine engine, String pool, String prefix) {
        for (int i = 0; ; i++) {
            String username = prefix + i;
            engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(username).messageAction("SUPPRESS")
                    .userAttributes(AttributeType.builder().name("email").value(username + "@example.com").build()).build());
            synchronized (System.out) {
                System.out.println("ACK " + username);
                System.out.flush();
            }
        }
    }
}

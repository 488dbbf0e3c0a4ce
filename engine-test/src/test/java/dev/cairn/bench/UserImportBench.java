package dev.cairn.bench;

import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.storage.PostgresServer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A load driver (not a test): one user import job of many rows (100,000 by default), uploaded,
 * started and run in the background as a server runs it, its progress read from
 * DescribeUserImportJob's counters every second until it succeeds.
 *
 * <pre>mvn -B -q install -DskipTests && mvn -B -q -pl engine-test exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx2g -cp %classpath dev.cairn.bench.UserImportBench 100000 h2"</pre>
 *
 * Prints a progress line a second and {@code import <backend> <figure> <value>} lines.
 */
public final class UserImportBench {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String backend = args.length > 1 ? args[1] : "h2";
        Path dir = Files.createTempDirectory("cairn-import-bench");
        try (CairnEngine engine = CairnEngine.builder().storage(storage(backend, dir)).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("import")
                    .aliasAttributes("email").autoVerifiedAttributes("email").build()).userPool().id();
            UserImportJobType job = engine.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(pool).jobName("bench")
                    .cloudWatchLogsRoleArn("arn:aws:iam::000000000000:role/CognitoImport").build()).userImportJob();
            StringBuilder csv = new StringBuilder("cognito:username,given_name,email,email_verified,cognito:mfa_enabled\n");
            for (int i = 0; i < rows; i++) {
                csv.append("user").append(i).append(",Name").append(i).append(",user").append(i).append("@example.com,true,false\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            String token = URI.create(job.preSignedUrl()).getQuery().substring("token=".length());
            if (!engine.uploadUserImportFile(job.jobId(), token, file)) throw new IllegalStateException("upload refused");
            DescribeUserImportJobRequest describe = DescribeUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build();
            long start = System.nanoTime();
            engine.startUserImportJob(StartUserImportJobRequest.builder().userPoolId(pool).jobId(job.jobId()).build());
            UserImportJobType now = engine.describeUserImportJob(describe).userImportJob();
            while (!now.status().equals("Succeeded") && !now.status().equals("Failed")) {
                Thread.sleep(1_000);
                now = engine.describeUserImportJob(describe).userImportJob();
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("%6.1f s  %-10s imported %,d  skipped %,d  failed %,d  (%,.0f rows/s)%n", s, now.status(),
                        now.importedUsers(), now.skippedUsers(), now.failedUsers(), now.importedUsers() / s);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import %s file MB %.1f%n", backend, file.length / 1e6);
            System.out.printf("import %s status %s%n", backend, now.status());
            System.out.printf("import %s imported %d%n", backend, now.importedUsers());
            System.out.printf("import %s seconds %.1f%n", backend, seconds);
            System.out.printf("import %s rows/s %.0f%n", backend, now.importedUsers() / seconds);
        }
        System.exit(0);
    }

    private static Storage storage(String backend, Path dir) {
        return switch (backend) {
            case "memory" -> new InMemoryStorage();
            case "h2" -> JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH);
            case "postgres" -> {
                PostgresServer server = PostgresServer.startDurable();
                yield JdbcStorage.postgres(server.newDatabase("import"), server.user(), server.password());
            }
            default -> throw new IllegalArgumentException("backend must be memory, h2 or postgres: " + backend);
        };
    }
}

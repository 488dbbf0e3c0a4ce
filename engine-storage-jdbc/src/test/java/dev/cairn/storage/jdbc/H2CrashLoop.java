package dev.cairn.storage.jdbc;

import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.storage.jdbc.journal.CommitJournal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Run on demand, not by the build: {@link H2CrashDurabilityTest}'s kill, repeated many times with
 * several writing threads and a random moment, to reproduce rare crash-recovery defects at a
 * measurable rate. Prints one line per round and the failures at the end.
 *
 * <p>Arguments: rounds, writer threads, durability. Run with the test classpath of this module.
 */
public final class H2CrashLoop {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        H2Durability durability = H2Durability.valueOf(args.length > 2 ? args[2] : "PROCESS_CRASH");
        int failures = 0;
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("h2crash");
            String result;
            try {
                result = round(dir, threads, durability);
            } catch (Throwable e) {
                failures++;
                StringBuilder m = new StringBuilder();
                for (Throwable t = e; t != null; t = t.getCause()) m.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
                result = "FAILED " + m;
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            System.out.println("round " + round + ": " + result);
        }
        System.out.println("failures: " + failures + " of " + rounds);
    }

    private static String round(Path dir, int threads, H2Durability durability) throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true", "-cp", System.getProperty("java.class.path"),
                H2CrashWriter.class.getName(), dir.toString(), durability.name(), Integer.toString(threads))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) output.add(line);
            } catch (Exception ignored) {
                // killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (output.size() < 2 && writer.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        Thread.sleep(ThreadLocalRandom.current().nextLong(300, 3000));
        writer.destroyForcibly();
        writer.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        List<String> acknowledged = output.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
        String pool = output.get(0).substring("POOL ".length());
        long repeated = CommitJournal.recover(dir, () -> DriverManager.getConnection(H2Dialect.fileUrl(dir), "sa", ""));
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dir, durability)).build()) {
            for (String username : acknowledged) {
                engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(username).build());
            }
        }
        return acknowledged.size() + " acknowledged, " + repeated + " repeated, all found";
    }
}

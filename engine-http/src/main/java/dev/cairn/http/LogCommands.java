package dev.cairn.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.RequestContext;
import dev.cairn.api.audit.ExportFilter;
import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.api.audit.LogEntry;
import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.audit.UserChange;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.CairnEngineBuilder;
import dev.cairn.core.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The forensic command line: {@code java -jar cairn-server.jar log <command> [options] [storage options]},
 * on the storage the server would open with the same options ({@code --data DIR}, {@code --jdbc-url URL}
 * and {@code --jdbc-user USER}, {@code --master-key-file FILE}). Results go to stdout (JSON Lines
 * where there are several), progress and errors to stderr. Exit status: 0 done (for verify: the log
 * is intact), 1 the log or checkpoint does not verify, 2 bad usage, 3 the command could not run.
 *
 * <p>An H2 folder opens in one process at a time: stop the server first (or copy the folder).
 */
final class LogCommands {

    static final String USAGE = """
            Forensic commands (storage options as for the server: --data DIR | --jdbc-url URL --jdbc-user USER, --master-key-file FILE):
              java -jar cairn-server.jar log verify [--checkpoint FILE]
                  recomputes the log's hash chain; exit 0 and the count, or 1 naming the first bad event
              java -jar cairn-server.jar log checkpoint --out FILE
                  verifies the log and writes a checkpoint (event count and chain head) signed with the engine's key
              java -jar cairn-server.jar log export [--pool ID] [--user NAME|SUB] [--since T] [--until T]
                  the log as JSON Lines on stdout, values opened (erased values as [erased], secrets as [secret])
              java -jar cairn-server.jar log history --pool ID --user NAME|SUB
                  the user's events as JSON Lines
              java -jar cairn-server.jar log at --pool ID --user NAME|SUB --instant T
                  the user as AdminGetUser showed it at T
              java -jar cairn-server.jar log diff --pool ID --user NAME|SUB --from T --to T
                  what changed about the user after T up to T (attributes, status, groups, devices, factors), by whom
              java -jar cairn-server.jar log rebuild
                  rebuilds every projection from the log (stop the servers first); its
                  batches are made durable together at the end, so a rebuild cut short
                  (a crash, kill -9) leaves projections incomplete: run it again
            T is an ISO-8601 instant (2026-12-02T08:00:00Z) or a date (2026-12-02, its first instant, UTC).
            """;

    private static final Set<String> OWN_FLAGS = Set.of("--checkpoint", "--out", "--pool", "--user", "--since", "--until",
            "--instant", "--from", "--to");

    /** Opens an engine on the storage the options name. */
    @FunctionalInterface
    interface Engines {
        CairnEngine open(ServerConfig config, Map<String, String> env);
    }

    private LogCommands() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("log");
    }

    /** The server's own choice of storage, with the master key if one is given. */
    static CairnEngine standardEngine(ServerConfig config, Map<String, String> env) {
        var storage = StorageFactory.standard().open(config);
        try {
            CairnEngineBuilder builder = CairnEngine.builder().storage(storage).region(config.region());
            byte[] masterKey = MasterKeys.of(config.masterKeyFile(), env);
            if (masterKey != null) builder.masterKey(masterKey);
            return builder.build();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** Runs {@code log <command>}; answers the exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, ProgressListener progress, Engines engines) {
        if (args.length < 2 || args[1].equals("--help")) {
            (args.length < 2 ? err : out).print(USAGE);
            return args.length < 2 ? 2 : 0;
        }
        String command = args[1];
        Map<String, String> own = new HashMap<>();
        ServerConfig config;
        try {
            String[] rest = List.of(args).subList(2, args.length).toArray(String[]::new);
            config = ServerConfig.parse(withoutOwnFlags(rest, own), env);
            if (config.memory()) throw new IllegalArgumentException("a log in memory is gone with its process: give --data or --jdbc-url");
        } catch (IllegalArgumentException e) {
            err.println("log " + command + ": " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try (CairnEngine engine = engines.open(config, env)) {
            return switch (command) {
                case "verify" -> verify(engine, own, out, err, progress);
                case "checkpoint" -> checkpoint(engine, own, out);
                case "export" -> export(engine, own, out, progress);
                case "history" -> history(engine, own, out);
                case "at" -> at(engine, own, out, err);
                case "diff" -> diff(engine, own, out);
                case "rebuild" -> rebuild(engine, out, progress);
                default -> throw new IllegalArgumentException("no such command: " + command);
            };
        } catch (IllegalArgumentException e) {
            err.println("log " + command + ": " + e.getMessage());
            if (e.getMessage() != null && e.getMessage().startsWith("The checkpoint cannot be trusted")) return 1;
            err.print(USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("log " + command + ": " + e.getMessage());
            return 3;
        }
    }

    private static int verify(CairnEngine engine, Map<String, String> own, PrintStream out, PrintStream err, ProgressListener progress) {
        LogCheckpoint checkpoint = own.containsKey("--checkpoint") ? readCheckpoint(Path.of(own.get("--checkpoint"))) : null;
        LogVerification v = engine.audit().verify(checkpoint, progress);
        String against = checkpoint == null ? "" : ", agreeing with the checkpoint of " + checkpoint.at() + " (" + checkpoint.count() + " events)";
        if (v.intact()) {
            out.println("intact: " + v.eventsChecked() + " events verified" + against);
            return 0;
        }
        out.println("NOT INTACT: " + v.firstBad() + " (" + v.eventsChecked() + " events verified before it)");
        err.println("The log was changed: the first bad event is #" + v.firstBad().position());
        return 1;
    }

    private static int checkpoint(CairnEngine engine, Map<String, String> own, PrintStream out) {
        Path file = Path.of(require(own, "--out"));
        LogCheckpoint checkpoint = engine.audit().checkpoint();
        try {
            Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(checkpoint) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        out.println("checkpoint: " + checkpoint.count() + " events, head " + checkpoint.head() + ", signed (" + checkpoint.algorithm()
                + "), written to " + file);
        return 0;
    }

    private static LogCheckpoint readCheckpoint(Path file) {
        try {
            return Json.MAPPER.readValue(Files.readString(file), LogCheckpoint.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the checkpoint " + file + ": " + e.getMessage());
        }
    }

    private static int export(CairnEngine engine, Map<String, String> own, PrintStream out, ProgressListener progress) {
        String pool = own.get("--pool");
        String sub = own.containsKey("--user") ? sub(engine, require(own, "--pool"), own.get("--user")) : null;
        ExportFilter filter = new ExportFilter(pool, sub, instant(own, "--since"), instant(own, "--until"));
        engine.audit().export(filter, e -> out.println(line(e)), progress);
        out.flush();
        return 0;
    }

    private static int history(CairnEngine engine, Map<String, String> own, PrintStream out) {
        String pool = require(own, "--pool");
        String sub = sub(engine, pool, require(own, "--user"));
        for (HistoryEntry e : engine.audit().userHistoryBySub(pool, sub)) {
            out.println(line(new LogEntry(sub, e.sequence(), e.at(), e.type(), e.event(), e.context())));
        }
        return 0;
    }

    private static int at(CairnEngine engine, Map<String, String> own, PrintStream out, PrintStream err) {
        String pool = require(own, "--pool");
        String user = require(own, "--user");
        Instant instant = require(own, "--instant", LogCommands::parseInstant);
        var then = engine.audit().userAsOf(pool, sub(engine, pool, user), instant);
        if (then.isEmpty()) {
            err.println("log at: the user " + user + " did not exist in " + pool + " at " + instant);
            return 1;
        }
        try {
            out.println(WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(then.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static int diff(CairnEngine engine, Map<String, String> own, PrintStream out) {
        String pool = require(own, "--pool");
        String sub = sub(engine, pool, require(own, "--user"));
        for (UserChange c : engine.audit().userDiff(pool, sub, require(own, "--from", LogCommands::parseInstant),
                require(own, "--to", LogCommands::parseInstant))) {
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("time", c.at().toString());
            line.put("facet", c.facet());
            line.put("name", c.name());
            line.put("before", c.before());
            line.put("after", c.after());
            line.put("type", c.type());
            context(line, c.by());
            out.println(line);
        }
        return 0;
    }

    private static int rebuild(CairnEngine engine, PrintStream out, ProgressListener progress) {
        long start = System.nanoTime();
        long events = engine.audit().rebuild(progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Storage.rebuilding: the batches commit without waiting for the disk; all of it is durable once rebuild returns.
        out.printf(java.util.Locale.ROOT, "rebuilt every projection from %d events in %.1f s (%,.0f events/s), written to disk%n", events, seconds,
                events / seconds);
        return 0;
    }

    /** One event as a JSON line: type, time, actor, client, source, correlation id, stream, and its values. */
    static String line(LogEntry e) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("type", e.type());
        line.put("time", e.at().toString());
        context(line, e.context());
        line.put("stream", e.aggregateId());
        line.put("sequence", e.sequence());
        line.set("values", e.event() == null ? null : Json.MAPPER.valueToTree(e.event()));
        return line.toString();
    }

    private static void context(ObjectNode line, RequestContext c) {
        line.put("actorType", c.actorType());
        line.put("actor", c.actor());
        line.put("client", c.clientId());
        line.put("source", c.sourceIp());
        line.put("correlationId", c.correlationId());
    }

    /** A username (or alias) of a user who exists now, else taken as a sub (deleted users keep theirs). */
    private static String sub(CairnEngine engine, String pool, String user) {
        try {
            return engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(user).build()).userAttributes().stream()
                    .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        } catch (UserNotFoundException e) {
            return user;
        }
    }

    private static String require(Map<String, String> own, String flag) {
        String value = own.get(flag);
        if (value == null) throw new IllegalArgumentException("needs " + flag);
        return value;
    }

    private static <T> T require(Map<String, String> own, String flag, Function<String, T> parse) {
        return parse.apply(require(own, flag));
    }

    private static Instant instant(Map<String, String> own, String flag) {
        return own.containsKey(flag) ? parseInstant(own.get(flag)) : null;
    }

    static Instant parseInstant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 instant or date: " + text);
        }
    }

    /** Takes this command's flags (each with its value) out of {@code args} into {@code own}; the rest are storage options. */
    private static String[] withoutOwnFlags(String[] args, Map<String, String> own) {
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (OWN_FLAGS.contains(args[i])) {
                if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
                own.put(args[i], args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }
}

package dev.cairn.test.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.json.Json;
import dev.cairn.storage.jdbc.dialect.H2Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database written by an earlier release, kept as test resources: {@code cairn.sql.gz} (H2's
 * SCRIPT of the whole database: the log, the personal-data keys, the master key, the read models
 * and the schema version), {@code journey.json} (ids, passwords and tokens the journey made) and
 * {@code answers.json} (read requests and what that release answered to them).
 *
 * <p>The database travels as SQL rather than as an H2 file, so it loads under later H2 versions;
 * it is loaded at the schema version it was written at, and the engine migrates it on open, as it
 * would a customer's database.
 */
final class LogFixture {

    /** The release whose event shapes the fixture holds: the commit that wrote it. */
    static final String RELEASE = "1b2bc0c";
    /** How many event types that release wrote (its EventTypes.ALL); the journey wrote each of them. */
    static final int EVENT_TYPES_OF_RELEASE = 35;
    static final String FOLDER = "/dev/cairn/test/compat/log-" + RELEASE + "/";
    static final String DATABASE = "cairn.sql.gz";
    static final String JOURNEY = "journey.json";
    static final String ANSWERS = "answers.json";

    private LogFixture() {
    }

    /** Loads the recorded database into a new H2 database in {@code dataDir}, where {@code JdbcStorage.h2File} opens it. */
    static void loadDatabase(Path dataDir) throws IOException, SQLException {
        Path script = dataDir.resolve(DATABASE);
        try (InputStream in = resource(DATABASE)) {
            Files.copy(in, script);
        }
        try (Connection c = DriverManager.getConnection(H2Dialect.fileUrl(dataDir), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
            s.execute("SHUTDOWN");
        }
        Files.delete(script);
    }

    /** Writes the database in {@code dataDir} (closed by its engine) as the fixture's script. */
    static void saveDatabase(Path dataDir, Path folder) throws SQLException {
        try (Connection c = DriverManager.getConnection(H2Dialect.fileUrl(dataDir), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + folder.resolve(DATABASE).toAbsolutePath() + "' COMPRESSION GZIP");
            s.execute("SHUTDOWN");
        }
    }

    static JsonNode read(String name) {
        try (InputStream in = resource(name)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = LogFixture.class.getResourceAsStream(FOLDER + name);
        if (in == null) throw new IllegalStateException("Missing fixture resource " + FOLDER + name);
        return in;
    }

    /**
     * One recorded read: {@code {"operation": ..., "request": {...}, "response": ...}}. The operation
     * is a Cognito operation name (its request and response in the wire's JSON form), or one of the
     * engine's own reads: {@code Jwks}, {@code UserHistory}, {@code UserHistoryBySub}.
     */
    static ObjectNode read(CairnEngine engine, String operation, JsonNode request) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("operation", operation);
        entry.set("request", request);
        entry.set("response", answer(engine, operation, request));
        return entry;
    }

    /** Every recorded read asked again of {@code engine}, in the recorded form. */
    static ArrayNode readAgain(CairnEngine engine, JsonNode recorded) {
        ArrayNode now = Json.MAPPER.createArrayNode();
        for (JsonNode r : recorded) now.add(read(engine, r.get("operation").asText(), r.get("request")));
        return now;
    }

    /** The answer as JSON text would carry it, so numbers compare alike whether asked now or read from the file. */
    private static JsonNode answer(CairnEngine engine, String operation, JsonNode request) {
        try {
            return Json.MAPPER.readTree(Json.write(ask(engine, operation, request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object ask(CairnEngine engine, String operation, JsonNode request) {
        String pool = request.path("UserPoolId").asText();
        try {
            return switch (operation) {
                case "Jwks" -> Json.MAPPER.readTree(engine.jwks(pool));
                case "UserHistory" -> engine.audit().userHistory(pool, request.get("Username").asText());
                case "UserHistoryBySub" -> engine.audit().userHistoryBySub(pool, request.get("Sub").asText());
                default -> {
                    Class<?> type = Class.forName("dev.cairn.api.model." + operation + "Request");
                    Method call = CognitoIdentityProvider.class.getMethod(Character.toLowerCase(operation.charAt(0)) + operation.substring(1), type);
                    yield call.invoke(engine, Json.MAPPER.treeToValue(request, type));
                }
            };
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(operation + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(operation + " cannot be asked: " + e, e);
        }
    }
}

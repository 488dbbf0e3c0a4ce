package dev.cairn.storage.jdbc.tx;

import dev.cairn.storage.jdbc.journal.Write;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Views of a physical connection handed to code that must not manage it: Axon's JDBC utilities and
 * the stores close every connection they get, and a transaction's connection must survive that.
 */
final class Handles {

    private static final Set<String> DEMARCATION = Set.of("commit", "rollback", "setAutoCommit", "setSavepoint", "releaseSavepoint");
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private Handles() {
    }

    /**
     * The connection of a bound transaction: closing it does nothing, demarcating on it is refused
     * (only the transaction manager commits), and any statement that is not a SELECT marks the
     * transaction as having written, so a read-only one is not forced to disk. With a
     * {@code recorder}, such statements report each write they execute (for the commit journal).
     */
    static Connection transactional(Connection physical, Runnable onWrite, Consumer<Write> recorder) {
        return proxy(physical, (p, method, args) -> switch (method.getName()) {
            case "close" -> null;
            case "isClosed" -> physical.isClosed();
            default -> {
                if (DEMARCATION.contains(method.getName())) {
                    throw new SQLException("The transaction manager owns this connection's transaction (" + method.getName() + " refused)");
                }
                boolean writes = STATEMENTS.contains(method.getName()) && writes(args);
                if (writes) onWrite.run();
                Object result = invoke(physical, method, args);
                if (writes && recorder != null) yield record(result, args, recorder);
                yield result;
            }
        });
    }

    /** A statement that reports the writes it executes to the commit journal's {@code recorder}. */
    private static Object record(Object statement, Object[] args, Consumer<Write> recorder) throws SQLException {
        if (statement instanceof PreparedStatement prepared) return RecordingStatements.prepared(prepared, (String) args[0], recorder);
        if (statement instanceof Statement plain && (args == null || args.length == 0)) return RecordingStatements.plain(plain, recorder);
        throw new SQLFeatureNotSupportedException("The commit journal cannot record this kind of statement");
    }

    /** A pooled auto-commit connection: closing it gives it back to the pool, once. */
    static Connection pooled(Connection physical, ConnectionPool pool) {
        boolean[] released = {false};
        return proxy(physical, (p, method, args) -> {
            if (method.getName().equals("close")) {
                if (!released[0]) {
                    released[0] = true;
                    pool.release(physical);
                }
                return null;
            }
            if (method.getName().equals("isClosed")) return released[0] || physical.isClosed();
            if (released[0]) throw new SQLException("Connection already given back to the pool");
            return invoke(physical, method, args);
        });
    }

    /** createStatement() carries no SQL, so it counts as a write; prepared statements are judged by their text. */
    private static boolean writes(Object[] args) {
        if (args == null || args.length == 0 || !(args[0] instanceof String sql)) return true;
        return !sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT");
    }

    private static Connection proxy(Connection physical, InvocationHandler handler) {
        return (Connection) Proxy.newProxyInstance(Handles.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
    }

    private static Object invoke(Connection target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

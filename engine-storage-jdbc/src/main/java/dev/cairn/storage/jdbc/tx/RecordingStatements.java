package dev.cairn.storage.jdbc.tx;

import dev.cairn.storage.jdbc.journal.Write;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Statements that report each write they executed successfully, with its parameters, for the commit
 * journal: a statement that fails reports nothing (H2 undoes a failed statement on its own). A
 * parameter the journal could not repeat exactly is refused when it is bound.
 */
final class RecordingStatements {

    private static final Set<String> BINDS = Set.of("setString", "setLong", "setInt", "setBytes", "setObject", "setBoolean");

    private RecordingStatements() {
    }

    static PreparedStatement prepared(PreparedStatement target, String sql, Consumer<Write> recorder) {
        Object[][] params = {new Object[8]};
        int[] count = {0};
        List<Object[]> batch = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(RecordingStatements.class.getClassLoader(), new Class<?>[]{PreparedStatement.class},
                (p, method, args) -> {
                    String name = method.getName();
                    if (BINDS.contains(name) || name.equals("setNull")) {
                        int index = (Integer) args[0];
                        Object value = name.equals("setNull") ? null : args[1];
                        Write.checkParameter(value);
                        if (index > params[0].length) params[0] = Arrays.copyOf(params[0], Math.max(index, params[0].length * 2));
                        params[0][index - 1] = value;
                        count[0] = Math.max(count[0], index);
                    } else if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        throw new SQLFeatureNotSupportedException("The commit journal cannot keep a parameter bound with " + name);
                    } else if (name.equals("clearParameters")) {
                        Arrays.fill(params[0], null);
                        count[0] = 0;
                    } else if (name.equals("addBatch") && args == null) {
                        batch.add(Arrays.copyOf(params[0], count[0]));
                    } else if (name.equals("clearBatch")) {
                        batch.clear();
                    }
                    Object result = invoke(target, method, args);
                    if (args == null && (name.equals("executeUpdate") || name.equals("execute") || name.equals("executeLargeUpdate"))) {
                        recorder.accept(new Write(sql, List.<Object[]>of(Arrays.copyOf(params[0], count[0]))));
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        if (!batch.isEmpty()) recorder.accept(new Write(sql, List.copyOf(batch)));
                        batch.clear();
                    }
                    return result;
                });
    }

    static Statement plain(Statement target, Consumer<Write> recorder) {
        List<String> batch = new ArrayList<>();
        return (Statement) Proxy.newProxyInstance(RecordingStatements.class.getClassLoader(), new Class<?>[]{Statement.class},
                (p, method, args) -> {
                    String name = method.getName();
                    if (name.equals("addBatch")) batch.add((String) args[0]);
                    if (name.equals("clearBatch")) batch.clear();
                    Object result = invoke(target, method, args);
                    if (args != null && args.length > 0 && args[0] instanceof String sql
                            && (name.equals("execute") || name.equals("executeUpdate") || name.equals("executeLargeUpdate"))) {
                        recorder.accept(Write.plain(sql));
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        batch.forEach(sql -> recorder.accept(Write.plain(sql)));
                        batch.clear();
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

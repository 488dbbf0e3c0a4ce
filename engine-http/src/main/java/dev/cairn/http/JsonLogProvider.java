package dev.cairn.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The standalone server's log binding with {@code --log-format json}: one JSON object a line on
 * standard error, {@code time}, {@code level}, {@code logger}, {@code thread}, {@code message}, the
 * event's key-value pairs (the access log's fields) and, for a failure, {@code error} and
 * {@code stack}. INFO and above, as slf4j-simple logs by default.
 *
 * <p>Chosen by the {@code slf4j.provider} system property that {@link Main} sets before it logs; it
 * has no service file, so a host embedding the server never gets it by accident. It writes what
 * the engine logs, nothing more: the engine and the access log never log a body, a secret or a
 * personal value.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory loggers;

    public JsonLogProvider() {
        this(() -> System.err);
    }

    /** @param out where the lines go, looked up at each line (so a redirected standard error is followed) */
    JsonLogProvider(Supplier<PrintStream> out) {
        Map<String, Logger> made = new ConcurrentHashMap<>();
        this.loggers = name -> made.computeIfAbsent(name, n -> new JsonLogger(n, out));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {

        private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

        private final transient Supplier<PrintStream> out;

        JsonLogger(String name, Supplier<PrintStream> out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public void log(LoggingEvent event) {
            if (!enabled(event.getLevel())) return;
            Object[] args = event.getArgumentArray();
            write(event.getLevel(), MessageFormatter.basicArrayFormat(event.getMessage(), args), event.getKeyValuePairs(), event.getThrowable());
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
            write(level, MessageFormatter.basicArrayFormat(pattern, args), List.of(), t);
        }

        private void write(Level level, String message, List<KeyValuePair> pairs, Throwable t) {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("time", Instant.now().toString());
                json.writeStringField("level", level.name());
                json.writeStringField("logger", name);
                json.writeStringField("thread", Thread.currentThread().getName());
                json.writeStringField("message", message);
                if (pairs != null) {
                    for (KeyValuePair p : pairs) {
                        json.writeFieldName(p.key);
                        if (p.value instanceof Number || p.value instanceof Boolean || p.value == null) json.writeObject(p.value);
                        else json.writeString(p.value.toString());
                    }
                }
                if (t != null) {
                    json.writeStringField("error", t.toString());
                    StringWriter stack = new StringWriter();
                    t.printStackTrace(new PrintWriter(stack));
                    json.writeStringField("stack", stack.toString());
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.get().println(line);
        }

        private static boolean enabled(Level level) {
            return level.toInt() >= Level.INFO.toInt();
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}

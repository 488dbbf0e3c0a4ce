package dev.cairn.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as {@link Instant#toString} writes them ({@code 2026-12-02T08:00:00Z}, with 0 to 9
 * fraction digits), read without the {@link java.time.format.DateTimeFormatter} that Jackson's
 * {@code InstantDeserializer} parses them with, which costs more than the rest of an event. Any
 * other form, and any Instant member with a format of its own, goes to Jackson's deserializer as before.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    /** A module that puts the fast path in front of the Instant deserializer a mapper already has (JavaTimeModule's). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("cairn-iso-instants");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class ? new Fast(deserializer) : deserializer;
            }
        });
        return module;
    }

    /**
     * {@code text} as {@link Instant#parse} reads it, if it has the form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}
     * with a valid date and time of day; otherwise null (the caller parses it the slow way, to the same result or error).
     */
    public static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.') return null;
            nanos = digits(text, 20, length - 1);
            for (int i = length - 1; i < 29; i++) nanos *= 10;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException invalidDay) {
            return null;
        }
    }

    /** The number written in {@code text[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Jackson's deserializer, with {@link #parse} tried first on a string. */
    private static final class Fast extends DelegatingDeserializer {

        Fast(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Fast(delegate);
        }

        /** A member with a format of its own (Jackson makes a new deserializer for it) is read by that one alone. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> contextual = _delegatee instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : _delegatee;
            return contextual == _delegatee ? this : contextual;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant fast = parse(p.getText());
                if (fast != null) return fast;
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}

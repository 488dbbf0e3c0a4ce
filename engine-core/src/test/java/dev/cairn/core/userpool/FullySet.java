package dev.cairn.core.userpool;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A record with every member set, at every depth, each to a value of its own: strings name their
 * member's path, numbers count up, booleans alternate. A mapping that drops or swaps members shows.
 */
final class FullySet {

    private int counter;

    static <T extends Record> T of(Class<T> type) {
        return type.cast(new FullySet().value(type, type.getSimpleName()));
    }

    private Object value(Type type, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(value(p.getActualTypeArguments()[0], path + "[0]"));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Map.of(path + ".Key", path + ".value");
        }
        if (type == String.class) return path;
        if (type == Integer.class) return ++counter;
        if (type == Boolean.class) return ++counter % 2 == 0;
        if (type == Instant.class) return Instant.ofEpochSecond(1_700_000_000L + ++counter);
        if (type instanceof Class<?> c && c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = Arrays.stream(components).map(rc -> value(rc.getGenericType(), path + "." + rc.getName())).toArray();
            try {
                return c.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No sample value for " + type + " at " + path);
    }
}

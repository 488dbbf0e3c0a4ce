package dev.cairn.api.event;

import org.junit.jupiter.api.Test;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No stored event embeds a type generated from the service model, at any depth: a newer model must
 * never change what the log holds. Walks every event type's record components, their type
 * arguments and the records they hold.
 */
class EventsAreCairnsOwnRecordsTest {

    private static final String MODEL_PACKAGE = "dev.cairn.api.model";

    @Test
    void noEventReachesAServiceModelType() {
        List<String> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<? extends Record> event : EventTypes.ALL) walk(event, event.getSimpleName(), seen, found);
        assertThat(found).isEmpty();
    }

    @Test
    void theWalkFindsAModelTypeWhereThereIsOne() {
        record Leaky(List<dev.cairn.api.model.GroupType> groups) {
        }
        List<String> found = new ArrayList<>();
        walk(Leaky.class, "Leaky", new HashSet<>(), found);
        assertThat(found).containsExactly("Leaky.groups: dev.cairn.api.model.GroupType");
    }

    private static void walk(Type type, String path, Set<Class<?>> seen, List<String> found) {
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), path, seen, found);
            for (Type argument : p.getActualTypeArguments()) walk(argument, path, seen, found);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) walk(bound, path, seen, found);
        } else if (type instanceof GenericArrayType a) {
            walk(a.getGenericComponentType(), path, seen, found);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                walk(c.getComponentType(), path, seen, found);
            } else if (c.getPackageName().equals(MODEL_PACKAGE)) {
                found.add(path + ": " + c.getName());
            } else if (c.isRecord() && seen.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) {
                    walk(component.getGenericType(), path + "." + component.getName(), seen, found);
                }
            }
        }
    }
}

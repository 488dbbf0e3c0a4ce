package dev.cairn.core.axon;

import dev.cairn.api.event.EventType;
import dev.cairn.api.event.EventTypes;
import dev.cairn.core.json.Json;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Jackson for every serializer slot, storing events under their {@link EventType} names and
 * revisions instead of Java class names, so event classes can move without breaking the log.
 * Types without a stable name (Axon's own messages, metadata values) keep the class name.
 */
public final class EventSerializer extends JacksonSerializer {

    private final Map<Class<?>, SerializedType> typesByClass = new HashMap<>();
    private final Map<String, String> classNamesByType = new HashMap<>();

    public EventSerializer() {
        super(JacksonSerializer.builder().objectMapper(Json.MAPPER.copy()).lenientDeserialization());
        for (Class<?> type : EventTypes.ALL) {
            EventType name = type.getAnnotation(EventType.class);
            if (name == null) throw new IllegalStateException(type + " has no @EventType");
            if (classNamesByType.put(name.value(), type.getName()) != null) {
                throw new IllegalStateException("Two event classes are stored as " + name.value());
            }
            typesByClass.put(type, new SimpleSerializedType(name.value(), String.valueOf(name.revision())));
        }
    }

    @Override
    public SerializedType typeForClass(Class type) {
        SerializedType stable = typesByClass.get(type);
        return stable != null ? stable : super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        String className = classNamesByType.get(serializedType.getName());
        return className != null ? className : super.resolveClassName(serializedType);
    }

    /** The stored name of an event class. */
    public String storedName(Class<?> type) {
        return typeForClass(type).getName();
    }
}

package dev.cairn.core.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.event.EventType;
import dev.cairn.api.event.EventTypes;
import dev.cairn.core.json.IsoInstants;
import dev.cairn.core.json.Json;
import dev.cairn.core.upcast.Upcaster;
import dev.cairn.core.upcast.Upcasters;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jackson for every serializer slot, storing events under their {@link EventType} names and
 * revisions instead of Java class names, so event classes can move without breaking the log.
 * Types without a stable name (Axon's own messages, metadata values) keep the class name.
 *
 * <p>An event stored at an older revision is upcast on reading, through its {@link Upcaster} steps
 * one revision at a time, before Jackson makes the record; every storage backend reads through here,
 * and the personal data sealing sees only current revisions.
 */
public final class EventSerializer extends JacksonSerializer {

    private final Map<Class<?>, SerializedType> typesByClass = new HashMap<>();
    private final Map<String, String> classNamesByType = new HashMap<>();
    /** By stored type name, then by the revision each step reads. */
    private final Map<String, Map<Integer, Upcaster>> upcasters = new HashMap<>();
    /**
     * The reader of each event class by its stored name, for {@link #payload}: Axon's {@link JacksonSerializer#deserialize}
     * resolves the class by name and makes a reader for it on every event, which costs a rebuild more
     * than a tenth of reading an event.
     */
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    public EventSerializer() {
        this(Upcasters.ALL);
    }

    /** With these upcasters; each event type above revision 1 must have a step from every older revision. */
    public EventSerializer(List<Upcaster> steps) {
        super(JacksonSerializer.builder().objectMapper(Json.MAPPER.copy().registerModule(IsoInstants.module())).lenientDeserialization());
        for (Upcaster step : steps) {
            if (upcasters.computeIfAbsent(step.type(), t -> new HashMap<>()).put(step.fromRevision(), step) != null) {
                throw new IllegalStateException("Two upcasters read revision " + step.fromRevision() + " of " + step.type());
            }
        }
        for (Class<?> type : EventTypes.ALL) {
            EventType name = type.getAnnotation(EventType.class);
            if (name == null) throw new IllegalStateException(type + " has no @EventType");
            if (classNamesByType.put(name.value(), type.getName()) != null) {
                throw new IllegalStateException("Two event classes are stored as " + name.value());
            }
            typesByClass.put(type, new SimpleSerializedType(name.value(), String.valueOf(name.revision())));
            for (int revision = 1; revision < name.revision(); revision++) {
                if (!upcasters.getOrDefault(name.value(), Map.of()).containsKey(revision)) {
                    throw new IllegalStateException(name.value() + " is at revision " + name.revision() + " but nothing upcasts revision " + revision);
                }
            }
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

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        SerializedType type = serialized.getType();
        Map<Integer, Upcaster> steps = upcasters.get(type.getName());
        if (steps == null) return super.deserialize(serialized);
        int revision = Integer.parseInt(type.getRevision());
        if (!steps.containsKey(revision)) return super.deserialize(serialized);
        JsonNode payload = getConverter().convert(serialized, JsonNode.class).getData();
        while (steps.containsKey(revision)) payload = steps.get(revision++).change().apply((ObjectNode) payload);
        return super.deserialize(new SimpleSerializedObject<>(payload, JsonNode.class, type.getName(), String.valueOf(revision)));
    }

    /** The payload of an event as a backend stores it, made into its record (upcast if it is of an older revision). */
    public Object payload(dev.cairn.core.chain.StoredEvent row) {
        String className = classNamesByType.get(row.payloadType());
        if (className == null || needsUpcasting(row.payloadType(), row.payloadRevision())) {
            return deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, row.payloadType(), row.payloadRevision()));
        }
        // an event type of this engine at a revision it reads as it is: what deserialize does, with the class and reader kept
        ObjectReader reader = readers.computeIfAbsent(row.payloadType(),
                name -> getObjectMapper().readerFor(classForType(new SimpleSerializedType(name, row.payloadRevision()))));
        try {
            return reader.readValue(row.payload());
        } catch (IOException e) {
            throw new SerializationException("Error while deserializing object", e);
        }
    }

    /** Whether {@link #deserialize} would upcast (or, for a revision it cannot read as a number, fail on) this type and revision. */
    private boolean needsUpcasting(String type, String revision) {
        Map<Integer, Upcaster> steps = upcasters.get(type);
        if (steps == null) return false;
        try {
            return steps.containsKey(Integer.parseInt(revision));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The metadata of an event as a backend stores it. */
    public org.axonframework.messaging.MetaData metaData(dev.cairn.core.chain.StoredEvent row) {
        return deserialize(new org.axonframework.serialization.SerializedMetaData<>(row.metaData(), byte[].class));
    }

    /** The stored name of an event class. */
    public String storedName(Class<?> type) {
        return typeForClass(type).getName();
    }
}

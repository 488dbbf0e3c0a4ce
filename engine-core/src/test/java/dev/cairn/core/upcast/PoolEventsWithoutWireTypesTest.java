package dev.cairn.core.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.json.Json;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revision 1 of the pool, app client and group events with every member of their embedded wire
 * shapes set ({@code pool-events-revision-1.json}, written from the service model of commit
 * 1b2bc0c, each string naming its member), read through the serializer as the log is read.
 */
class PoolEventsWithoutWireTypesTest {

    /** What revision 2 leaves to the event, its timestamps or the read side, by embedding member. */
    static final Map<String, Set<String>> LEFT_OUT = Map.of(
            "settings", Set.of("Id", "Status", "LastModifiedDate", "CreationDate", "EstimatedNumberOfUsers",
                    "SmsConfigurationFailure", "EmailConfigurationFailure", "Domain", "CustomDomain"),
            "client", Set.of("UserPoolId", "ClientSecret", "LastModifiedDate", "CreationDate"),
            "group", Set.of("UserPoolId", "LastModifiedDate", "CreationDate"),
            "attributes", Set.of());

    final EventSerializer serializer = new EventSerializer();
    final JsonNode samples = read();

    @Test
    void everyStepIsOneTheSerializerRuns() {
        assertThat(PoolEventsWithoutWireTypes.STEPS).allSatisfy(step -> assertThat(Upcasters.ALL).contains(step));
        assertThat(PoolEventsWithoutWireTypes.STEPS).extracting(Upcaster::type)
                .containsExactlyInAnyOrderElementsOf(() -> samples.fieldNames());
    }

    @Test
    void revisionTwoReadsEveryValueExceptWhatCognitoDerives() {
        samples.fields().forEachRemaining(sample -> {
            JsonNode revision2 = Json.MAPPER.valueToTree(readStored(sample.getKey(), sample.getValue()));
            assertThat(leaves(revision2)).as(sample.getKey()).isEqualTo(leaves(withoutDerived(sample.getValue())));
        });
    }

    @Test
    void revisionTwoKeepsNothingTheRecordsDoNotRead() {
        samples.fields().forEachRemaining(sample -> {
            Upcaster step = PoolEventsWithoutWireTypes.STEPS.stream().filter(s -> s.type().equals(sample.getKey())).findFirst().orElseThrow();
            JsonNode upcast = step.change().apply(sample.getValue().deepCopy());
            assertThat(Json.MAPPER.<JsonNode>valueToTree(readStored(sample.getKey(), sample.getValue()))).as(sample.getKey()).isEqualTo(upcast);
        });
    }

    @Test
    void tagKeysAreThePoolOwnersAndKeepTheirCase() {
        String type = "cairn.userpool.UserPoolCreated";
        UserPoolCreated created = (UserPoolCreated) readStored(type, samples.get(type));
        assertThat(created.settings().userPoolTags()).containsOnlyKeys("UserPoolType.userPoolTags.Key");
        assertThat(created.settings().lambdaConfig().kmsKeyID()).isEqualTo("UserPoolType.lambdaConfig.kmsKeyID");
    }

    private Object readStored(String type, JsonNode payload) {
        byte[] stored = Json.write(payload).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, type, "1"));
    }

    private static JsonNode withoutDerived(JsonNode event) {
        ObjectNode copy = event.deepCopy();
        LEFT_OUT.forEach((member, derived) -> {
            if (copy.get(member) instanceof ObjectNode shape) shape.remove(derived);
        });
        return copy;
    }

    /** Every scalar value in the tree, sorted: what a rename keeps and a loss does not. */
    private static List<String> leaves(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        out.sort(null);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isValueNode()) out.add(node.asText());
        else node.forEach(child -> collect(child, out));
    }

    private static JsonNode read() {
        try (InputStream in = PoolEventsWithoutWireTypesTest.class.getResourceAsStream("pool-events-revision-1.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

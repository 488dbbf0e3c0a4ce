package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.CognitoIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every method of {@link CognitoIdentityProvider} answers on the wire under its operation name,
 * found from the interface itself: an operation added to the engine is checked here with no
 * change to this test. An empty request must reach the engine and come back as a success or as
 * one of the errors the service model lists for that operation.
 */
class EveryEngineOperationIsOnTheWireTest {

    private static WireFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new WireFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static Stream<String> engineOperations() {
        return Arrays.stream(CognitoIdentityProvider.class.getMethods())
                .map(m -> Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
    }

    @ParameterizedTest
    @MethodSource("engineOperations")
    void reachesTheEngine(String operation) {
        HttpResponse<String> response = fixture.post(operation, "{}");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        if (response.statusCode() == 200) return;
        JsonNode error = WireErrors.assertError(response, 400, response.headers().firstValue("x-amzn-ErrorType").orElse("?"));
        List<String> modeled = new ArrayList<>();
        fixture.engine.validator().operations().get(operation).path("errors").forEach(e -> modeled.add(e.get("shape").asText()));
        assertThat(modeled).as(operation + " answered " + error).contains(error.get("__type").asText());
    }

    @Test
    void aModeledOperationTheEngineLacksIsNotImplementedRatherThanUnknown() {
        List<String> lacking = new ArrayList<>();
        fixture.engine.validator().operations().fieldNames().forEachRemaining(lacking::add);
        lacking.removeAll(engineOperations().toList());
        assumeFalse(lacking.isEmpty(), "the engine implements every operation of the model");
        for (String operation : lacking) {
            JsonNode error = WireErrors.assertError(fixture.post(operation, "{}"), 501, "NotImplementedException");
            assertThat(error.get("message").asText()).isEqualTo("Cairn does not implement " + operation + " yet.");
        }
    }
}

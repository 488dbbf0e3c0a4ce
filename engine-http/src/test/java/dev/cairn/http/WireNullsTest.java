package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.core.validation.ModelValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A null is an absent value: Cognito drops null members, list elements and map values, and
 * amazon-cognito-identity-js's {@code refreshSession} depends on it ({@code "DEVICE_KEY": null}).
 */
class WireNullsTest {

    private static final WireTypes WIRE_TYPES = new WireTypes(new ModelValidator().shapes());

    private static JsonNode conformed(String shape, String json) throws IOException {
        JsonNode tree = WireJson.MAPPER.readTree(json);
        WIRE_TYPES.conform(shape, tree);
        return tree;
    }

    @Test
    void aNullMapValueIsDropped() throws IOException {
        JsonNode body = conformed("InitiateAuthRequest",
                "{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"ClientId\":\"c\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"r\",\"DEVICE_KEY\":null}}");
        assertThat(body.get("AuthParameters").toString()).isEqualTo("{\"REFRESH_TOKEN\":\"r\"}");
    }

    @Test
    void nullListElementsAreDroppedAtAnyDepth() throws IOException {
        JsonNode body = conformed("AdminCreateUserRequest", "{\"UserPoolId\":\"p\",\"Username\":\"u\",\"DesiredDeliveryMediums\":[null,\"EMAIL\",null],"
                + "\"UserAttributes\":[null,{\"Name\":\"email\",\"Value\":null}],\"ClientMetadata\":{\"a\":null,\"b\":null}}");
        assertThat(body.get("DesiredDeliveryMediums").toString()).isEqualTo("[\"EMAIL\"]");
        assertThat(body.get("UserAttributes").toString()).isEqualTo("[{\"Name\":\"email\"}]");
        assertThat(body.get("ClientMetadata").toString()).isEqualTo("{}");
    }

    @Test
    void aNullMemberIsAbsent() throws IOException {
        assertThat(conformed("AdminGetUserRequest", "{\"UserPoolId\":\"p\",\"Username\":null}").toString()).isEqualTo("{\"UserPoolId\":\"p\"}");
    }

    @Test
    void overTheWireNullsInListsAndMapsAreAccepted() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("nulls").build()).userPool().id();
            HttpResponse<String> created = fixture.post("AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"n\","
                    + "\"MessageAction\":\"SUPPRESS\",\"UserAttributes\":[null,{\"Name\":\"email\",\"Value\":\"n@example.com\"},null],"
                    + "\"ClientMetadata\":{\"source\":null}}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            assertThat(fixture.engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("n").build()).userAttributes())
                    .anySatisfy(a -> assertThat(a.value()).isEqualTo("n@example.com"));
        }
    }
}

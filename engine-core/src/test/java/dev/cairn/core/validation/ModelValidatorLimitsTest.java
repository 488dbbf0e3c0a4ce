package dev.cairn.core.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a refusal may repeat of the request, and how long it may grow. */
class ModelValidatorLimitsTest {

    private final ModelValidator validator = new ModelValidator();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValueInsideASensitiveMapIsNeverRepeated() {
        ObjectNode request = json.createObjectNode().put("AuthFlow", "USER_PASSWORD_AUTH").put("ClientId", "abc");
        String password = "Secret-" + "x".repeat(200_000);
        request.putObject("AuthParameters").put("USERNAME", "alice").put("PASSWORD", password);
        InvalidParameterException e = catchThrowableOfType(() -> validator.validate("InitiateAuthRequest", request), InvalidParameterException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("authParameters.PASSWORD.value").doesNotContain("Secret-");
    }

    @Test
    void anAnswerListsAtMostAHundredViolations() {
        ObjectNode request = json.createObjectNode().put("UserPoolId", "us-east-1_abc").put("Username", "alice");
        ArrayNode names = request.putArray("UserAttributeNames");
        for (int i = 0; i < 10_000; i++) names.add("bad name " + "!".repeat(40));
        InvalidParameterException e = catchThrowableOfType(() -> validator.validate("AdminDeleteUserAttributesRequest", request),
                InvalidParameterException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(ModelValidator.MAX_ERRORS + " validation errors detected");
        assertThat(e.getMessage().length()).isLessThan(30_000);
    }

    @Test
    void aBlobOnTheWireIsMeasuredInBytesNotBase64Characters() {
        ObjectNode request = json.createObjectNode().put("UserPoolId", "us-east-1_abc").put("ClientId", "abc");
        ObjectNode asset = request.putArray("Assets").addObject().put("Category", "FORM_LOGO").put("ColorMode", "LIGHT").put("Extension", "PNG");
        asset.put("Bytes", java.util.Base64.getEncoder().encodeToString(new byte[1_000_000]));
        validator.validate("CreateManagedLoginBrandingRequest", request);
        asset.put("Bytes", java.util.Base64.getEncoder().encodeToString(new byte[1_000_001]));
        InvalidParameterException e = catchThrowableOfType(() -> validator.validate("CreateManagedLoginBrandingRequest", request),
                InvalidParameterException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("assets.1.member.bytes' failed to satisfy constraint: Member must have length less than or equal to 1000000");
    }
}

package dev.cairn.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.test.LocalLambdaService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AWS SDK for Java v2 meets the triggers through the server, as the server runs them with
 * {@code --lambda-endpoint}: a PreSignUp behind a Lambda Invoke endpoint confirms one sign-up and
 * refuses another, and the SDK reads Cognito's error types and messages.
 */
class TriggersOverTheWireTest {

    private final LocalLambdaService lambda = new LocalLambdaService().function("gate", event -> {
        String email = event.at("/request/userAttributes/email").asText();
        if (email.endsWith("@blocked.example")) throw new IllegalStateException("Domain not allowed");
        ((ObjectNode) event.get("response")).put("autoConfirmUser", true);
        return event;
    });
    private final WireFixture wire = new WireFixture(b -> b.lambdaInvoker(new HttpLambdaInvoker(lambda.endpoint())), s -> {
    });

    @AfterEach
    void stop() {
        wire.close();
        lambda.close();
    }

    @Test
    void theSdkReadsWhatTheTriggerDecided() {
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:";
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("wire-triggers")
                .lambdaConfig(LambdaConfigType.builder().preSignUp(arn + "gate").postConfirmation(arn + "missing").build()).build()).userPool().id();
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app").build())
                .userPoolClient().clientId();
        try (CognitoIdentityProviderClient sdk = wire.sdkBuilder().build()) {
            SignUpResponse confirmed = sdk.signUp(signUp(client, "ann", "ann@example.com"));
            assertThat(confirmed.userConfirmed()).isTrue();
            assertThatThrownBy(() -> sdk.signUp(signUp(client, "bob", "bob@blocked.example")))
                    .isInstanceOfSatisfying(UserLambdaValidationException.class, e -> {
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("PreSignUp failed with error Domain not allowed.");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
            assertThatThrownBy(() -> sdk.adminConfirmSignUp(b -> b.userPoolId(pool).username("ann")))
                    .isInstanceOf(software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException.class);
        }
        wire.engine.updateUserPool(dev.cairn.api.model.UpdateUserPoolRequest.builder().userPoolId(pool)
                .lambdaConfig(LambdaConfigType.builder().preSignUp(arn + "missing").build()).build());
        try (CognitoIdentityProviderClient sdk = wire.sdkBuilder().build()) {
            assertThatThrownBy(() -> sdk.signUp(signUp(client, "cy", "cy@example.com")))
                    .isInstanceOfSatisfying(UnexpectedLambdaException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("PreSignUp invocation failed due to error ResourceNotFoundException."));
        }
    }

    private static SignUpRequest signUp(String client, String username, String email) {
        return SignUpRequest.builder().clientId(client).username(username).password("Corr3ct-Horse!")
                .userAttributes(AttributeType.builder().name("email").value(email).build()).build();
    }
}

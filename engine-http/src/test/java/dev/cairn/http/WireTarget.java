package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.core.CairnEngine;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import java.net.http.HttpResponse;

/** What wire tests talk to: one server ({@link WireFixture}), or several behind a balancer ({@link TwoServers}). */
interface WireTarget extends AutoCloseable {

    /** An SDK client signing with {@link WireFixture#ACCESS_KEY_ID}, without retries so each call is one request. */
    default CognitoIdentityProviderClient sdk(ExecutionInterceptor... interceptors) {
        return sdkBuilder().overrideConfiguration(o -> {
            o.retryStrategy(AwsRetryStrategy.doNotRetry());
            for (ExecutionInterceptor i : interceptors) o.addExecutionInterceptor(i);
        }).build();
    }

    /** A builder for an SDK client that reaches the target, for clients configured otherwise. */
    CognitoIdentityProviderClientBuilder sdkBuilder();

    /** GETs a path of the target (the well-known documents). */
    HttpResponse<String> get(String rawPath);

    /** An engine on the target's storage, for what the wire does not show: the log, the service model. */
    CairnEngine engine();

    /** A PUT of {@code body} to a path (with its query) as sent, to the target (a node in turn, where there are several). */
    HttpResponse<String> put(String rawPathAndQuery, String body);

    /** The messages the target sent a user, oldest first, as local mode's outbox lists them. */
    JsonNode outbox(String userPoolId, String username);

    @Override
    void close();
}

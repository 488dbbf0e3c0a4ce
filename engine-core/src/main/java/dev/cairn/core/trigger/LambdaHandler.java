package dev.cairn.core.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.core.json.Json;

import java.util.function.UnaryOperator;

/**
 * A trigger function running in the host's JVM: it gets the event Cognito would send a Lambda
 * function (version, triggerSource, region, userPoolId, userName, callerContext, request, response)
 * and returns it with its {@code response} filled, as a Lambda function does. Throwing is the
 * function refusing: Cognito answers {@code UserLambdaValidationException} with the exception's
 * message, as it does for a Lambda function error.
 */
@FunctionalInterface
public interface LambdaHandler {

    ObjectNode handle(ObjectNode event) throws Exception;

    /**
     * A handler over the host's own records: the event is read into {@code type} (unknown members
     * ignored) and the record it returns is written back as the answer.
     */
    static <E> LambdaHandler typed(Class<E> type, UnaryOperator<E> function) {
        return event -> Json.MAPPER.valueToTree(function.apply(Json.MAPPER.treeToValue(event, type)));
    }
}

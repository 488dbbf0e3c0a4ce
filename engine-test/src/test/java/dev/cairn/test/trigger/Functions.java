package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.core.trigger.LambdaHandler;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.LocalLambdaService;
import dev.cairn.test.Requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Trigger functions for a test, run by either invoker: in the engine's JVM (registered on the
 * builder), or behind a {@link LocalLambdaService} reached by the HTTP invoker. Either way every
 * event a function receives is kept, so tests check the events Cognito's shapes.
 */
final class Functions implements AutoCloseable {

    enum Invoker { EMBEDDED, HTTP }

    static String arn(String name) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + name;
    }

    final CairnFixture fixture;
    private final LocalLambdaService service;
    private final List<ObjectNode> events = new CopyOnWriteArrayList<>();

    Functions(Invoker how, Map<String, LambdaHandler> handlers) {
        this(how, handlers, b -> {
        });
    }

    Functions(Invoker how, Map<String, LambdaHandler> handlers, java.util.function.Consumer<dev.cairn.core.CairnEngineBuilder> settings) {
        Map<String, LambdaHandler> kept = new LinkedHashMap<>();
        handlers.forEach((name, h) -> kept.put(name, event -> {
            events.add(event.deepCopy());
            return h.handle(event);
        }));
        if (how == Invoker.EMBEDDED) {
            service = null;
            fixture = CairnFixture.inMemory(b -> {
                kept.forEach(b::lambdaFunction);
                settings.accept(b);
            });
        } else {
            service = new LocalLambdaService();
            kept.forEach(service::function);
            fixture = CairnFixture.inMemory(b -> {
                b.lambdaInvoker(new HttpLambdaInvoker(service.endpoint()));
                settings.accept(b);
            });
        }
    }

    /** Functions that answer with {@code respond} applied to the event. */
    static LambdaHandler answering(UnaryOperator<ObjectNode> respond) {
        return respond::apply;
    }

    /** A function that refuses with this message, as a Lambda function raising an error does. */
    static LambdaHandler refusing(String message) {
        return event -> {
            throw new IllegalStateException(message);
        };
    }

    /** A pool with these triggers, and a client allowing every flow. Returns {pool, client}. */
    String[] pool(UnaryOperator<LambdaConfigType.Builder> triggers) {
        String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("triggers")
                .autoVerifiedAttributes("email").lambdaConfig(triggers.apply(LambdaConfigType.builder()).build()).build())).userPool().id();
        String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                        "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH").build())).userPoolClient().clientId();
        return new String[]{pool, client};
    }

    /** The events the functions received, oldest first. */
    List<ObjectNode> events() {
        return new ArrayList<>(events);
    }

    ObjectNode lastEvent() {
        return events.get(events.size() - 1);
    }

    /** The invocations the engine recorded in its log, oldest first. */
    List<LambdaTriggerInvoked> invocations() {
        return fixture.engine().axon().readAll().map(m -> m.getPayload()).filter(p -> p instanceof LambdaTriggerInvoked)
                .map(p -> (LambdaTriggerInvoked) p).toList();
    }

    @Override
    public void close() {
        fixture.close();
        if (service != null) service.close();
    }
}

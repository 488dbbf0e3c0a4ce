package dev.cairn.core.axon;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;

import java.util.List;

/**
 * Axon's adapter of an object with {@code @EventHandler} methods, choosing the same handler for each
 * event (the first, in Axon's order, that can handle it), but among the handlers whose payload type
 * fits the event's, found once per payload type, instead of streaming over all of them at every
 * event. A rebuild dispatches every event of the log to every projection: Axon's search per event
 * was about a third of the projection thread's time there.
 */
final class TypeIndexedEventHandlerAdapter extends AnnotationEventHandlerAdapter {

    private final Object target;
    private final AnnotatedHandlerInspector<Object> inspector;
    private final ClassValue<List<MessageHandlingMember<? super Object>>> candidates = new ClassValue<>() {
        @Override
        protected List<MessageHandlingMember<? super Object>> computeValue(Class<?> payloadType) {
            // canHandle requires the handler's payload type to be assignable from the event's; the rest of its test runs per event
            return inspector.getHandlers(target.getClass()).filter(h -> h.payloadType().isAssignableFrom(payloadType)).toList();
        }
    };

    @SuppressWarnings("unchecked")
    TypeIndexedEventHandlerAdapter(Object target) {
        super(target);
        this.target = target;
        Class<Object> type = (Class<Object>) target.getClass();
        // as the superclass builds its own (which it keeps private)
        this.inspector = AnnotatedHandlerInspector.inspectType(type, ClasspathParameterResolverFactory.forClass(type),
                ClasspathHandlerDefinition.forClass(type));
    }

    @Override
    public Object handle(EventMessage<?> event) throws Exception {
        for (MessageHandlingMember<? super Object> h : candidates.get(event.getPayloadType())) {
            if (h.canHandle(event)) return inspector.chainedInterceptor(target.getClass()).handle(event, target, h);
        }
        return null;
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        for (MessageHandlingMember<? super Object> h : candidates.get(event.getPayloadType())) {
            if (h.canHandle(event)) return true;
        }
        return false;
    }
}

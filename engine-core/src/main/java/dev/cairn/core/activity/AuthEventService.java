package dev.cairn.core.activity;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserPoolAddOnNotEnabledException;
import dev.cairn.api.event.AuthEventFeedbackRecorded;
import dev.cairn.api.model.*;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.LogDelivery;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;
import org.axonframework.eventhandling.EventMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * AdminListUserAuthEvents, AdminUpdateAuthEventFeedback and UpdateAuthEventFeedback, served from the
 * log: a user's authentication events are read from the user's own events ({@link AuthEvents}),
 * newest first, with the last feedback given on each. The feedback token of an event is a MAC
 * under the engine's data key of the pool, the user and the event, so only the engine can make
 * one and it names one event of one user. As in Cognito, these need the pool's threat protection
 * (the Plus plan, or advanced security on); the messages of these refusals are worded from memory.
 */
public final class AuthEventService {

    private static final int DEFAULT_PAGE = 60;
    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final PageTokens pageTokens;
    private final SecretBox secrets;

    public AuthEventService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, PageTokens pageTokens, SecretBox secrets) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.pageTokens = pageTokens;
        this.secrets = secrets;
    }

    public AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest r) {
        UserPoolState pool = protectedPool(r.userPoolId());
        UserState user = users.require(pool, r.username());
        List<AuthEventType> events = events(user.sub());
        String list = "auth-events:" + pool.id() + ":" + user.sub();
        int from = 0;
        if (r.nextToken() != null) {
            String after = pageTokens.decode(list, r.nextToken(), 1).get(0);
            for (int i = 0; i < events.size(); i++) if (events.get(i).eventId().equals(after)) from = i + 1;
        }
        int size = r.maxResults() == null || r.maxResults() == 0 ? DEFAULT_PAGE : r.maxResults();
        List<AuthEventType> page = events.subList(Math.min(from, events.size()), Math.min(from + size, events.size()));
        boolean more = from + page.size() < events.size();
        return AdminListUserAuthEventsResponse.builder().authEvents(page)
                .nextToken(more ? pageTokens.encode(list, page.get(page.size() - 1).eventId()) : null).build();
    }

    public Supplier<AdminUpdateAuthEventFeedbackResponse> adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest r) {
        UserPoolState pool = protectedPool(r.userPoolId());
        UserState user = users.require(pool, r.username());
        requireEvent(user.sub(), r.eventId());
        axon.send(new Commands.RecordAuthEventFeedback(user.sub(), r.eventId(), r.feedbackValue(), "Admin"));
        return () -> AdminUpdateAuthEventFeedbackResponse.builder().build();
    }

    public Supplier<UpdateAuthEventFeedbackResponse> updateAuthEventFeedback(UpdateAuthEventFeedbackRequest r) {
        UserPoolState pool = protectedPool(r.userPoolId());
        UserState user = users.require(pool, r.username());
        byte[] expected = feedbackToken(pool.id(), user.sub(), r.eventId()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, r.feedbackToken().getBytes(StandardCharsets.US_ASCII))) {
            throw new NotAuthorizedException("Invalid feedback token.");
        }
        requireEvent(user.sub(), r.eventId());
        axon.actingAsUser(user.sub(), null, () -> axon.send(new Commands.RecordAuthEventFeedback(user.sub(), r.eventId(), r.feedbackValue(), "User")));
        return () -> UpdateAuthEventFeedbackResponse.builder().build();
    }

    /** The token a notification about this event carries, for UpdateAuthEventFeedback (opaque, unforgeable without the data key). */
    public String feedbackToken(String userPoolId, String sub, String eventId) {
        byte[] mac = secrets.mac("auth-event-feedback", (userPoolId + "\u0000" + sub + "\u0000" + eventId).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** A user's authentication events, newest first, each with the last feedback on it. */
    private List<AuthEventType> events(String sub) {
        AuthEvents reader = new AuthEvents();
        List<AuthEvent> found = new ArrayList<>();
        Map<String, EventFeedbackType> feedback = new HashMap<>();
        axon.readEvents(sub).asStream().forEach(m -> {
            if (m.getPayload() instanceof AuthEventFeedbackRecorded f) {
                feedback.put(f.eventId(), EventFeedbackType.builder().feedbackValue(f.feedbackValue()).provider(f.provider())
                        .feedbackDate(m.getTimestamp()).build());
            } else {
                reader.read((EventMessage<?>) m).ifPresent(found::add);
            }
        });
        List<AuthEventType> events = new ArrayList<>(found.stream().map(e -> wire(e, feedback.get(e.eventId()))).toList());
        Collections.reverse(events);
        return events;
    }

    private void requireEvent(String sub, String eventId) {
        if (events(sub).stream().noneMatch(e -> e.eventId().equals(eventId))) {
            throw new ResourceNotFoundException("Auth event " + eventId + " does not exist for the user.");
        }
    }

    private UserPoolState protectedPool(String userPoolId) {
        UserPoolState pool = pools.require(userPoolId);
        if (!LogDelivery.advancedSecurity(pool)) {
            throw new UserPoolAddOnNotEnabledException("Threat protection is not active for this user pool.");
        }
        return pool;
    }

    private static AuthEventType wire(AuthEvent e, EventFeedbackType feedback) {
        return AuthEventType.builder().eventId(e.eventId()).eventType(e.eventType()).creationDate(e.creationDate())
                .eventResponse(e.eventResponse())
                .eventRisk(EventRiskType.builder().riskDecision(e.riskDecision()).riskLevel(e.riskLevel())
                        .compromisedCredentialsDetected(e.compromised()).build())
                .challengeResponses(e.challengeResponses().stream().map(c -> ChallengeResponseType.builder()
                        .challengeName(c.challengeName()).challengeResponse(c.challengeResponse()).build()).toList())
                .eventContextData(EventContextDataType.builder().ipAddress(e.ipAddress()).deviceName(e.deviceName()).timezone(e.timezone()).build())
                .eventFeedback(feedback).build();
    }
}

package dev.cairn.api.event;

/**
 * Feedback on one of a user's authentication events (AdminUpdateAuthEventFeedback, or
 * UpdateAuthEventFeedback with the feedback token a notification carried). The last feedback on an
 * event is the one AdminListUserAuthEvents shows.
 *
 * @param eventId       the stored event the feedback is about
 * @param feedbackValue {@code Valid} or {@code Invalid}
 * @param provider      {@code Admin} or {@code User}
 */
@EventType("cairn.user.AuthEventFeedbackRecorded")
public record AuthEventFeedbackRecorded(String userPoolId, String sub, String eventId, String feedbackValue, String provider) implements UserEvent {
}

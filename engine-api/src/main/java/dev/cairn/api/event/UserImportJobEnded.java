package dev.cairn.api.event;

/**
 * The job ended.
 *
 * @param status            {@code Succeeded}, {@code Failed} or {@code Stopped}
 * @param completionMessage why, in one word as the model's CompletionMessageType allows
 */
@EventType("cairn.userimport.UserImportJobEnded")
public record UserImportJobEnded(String userPoolId, String jobId, String status, String completionMessage) implements UserImportJobEvent {
}

package dev.cairn.api.event;

/** An event of the User aggregate, keyed by the user's sub. */
public interface UserEvent {

    String userPoolId();

    String sub();
}

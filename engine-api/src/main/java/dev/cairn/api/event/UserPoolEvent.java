package dev.cairn.api.event;

/** An event of the UserPool aggregate (settings, app clients, groups). */
public interface UserPoolEvent {

    String userPoolId();
}

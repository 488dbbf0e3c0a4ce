package dev.cairn.api.event;

/**
 * A domain was given to a pool for its hosted sign-in pages and OAuth 2.0 endpoints. Its name is
 * unique across every pool of the engine, held by a claim made in the same unit of work.
 *
 * @param domain              a prefix ({@code my-app}, served as {@code my-app.auth.{region}.amazoncognito.com})
 *                            or a custom host name ({@code auth.example.com})
 * @param certificateArn      the ACM certificate of a custom domain; null for a prefix domain
 * @param managedLoginVersion 1 for the classic hosted UI, 2 for managed login
 */
@EventType("cairn.domain.UserPoolDomainCreated")
public record UserPoolDomainCreated(String userPoolId, String domain, String certificateArn, int managedLoginVersion)
        implements UserPoolEvent {
}

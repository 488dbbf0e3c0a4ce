package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.UserPoolDomainCreated;
import dev.cairn.api.event.UserPoolDomainDeleted;
import dev.cairn.api.event.UserPoolDomainUpdated;

import java.util.regex.Pattern;

/**
 * A pool's domains, which live in the user pool aggregate: what CreateUserPoolDomain,
 * UpdateUserPoolDomain and DeleteUserPoolDomain may do given the pool as it is, and how their events
 * change it. That a name is free across pools is held by the claim the created event makes.
 */
public final class Domains {

    /** A prefix domain, as the service model and Cognito's refusal state it. */
    private static final String PREFIX = "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$";
    private static final Pattern PREFIX_PATTERN = Pattern.compile(PREFIX);
    /** A custom domain: two or more labels of the prefix form. */
    private static final Pattern HOST_PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?)+");
    private static final Pattern RESERVED = Pattern.compile("aws|amazon|cognito");

    private Domains() {
    }

    static UserPoolDomainCreated create(UserPoolState pool, String domain, String certificateArn, Integer managedLoginVersion) {
        checkName(domain, certificateArn != null);
        PoolOAuth oauth = pool.oauth();
        if ((certificateArn == null ? oauth.prefixDomain() : oauth.customDomain()) != null) {
            throw new InvalidParameterException("User pool already has a domain configured.");
        }
        return new UserPoolDomainCreated(pool.id(), domain, certificateArn, version(managedLoginVersion, 1));
    }

    static UserPoolDomainUpdated update(UserPoolState pool, String domain, String certificateArn, Integer managedLoginVersion) {
        PoolOAuth.Domain current = require(pool, domain);
        if (!current.custom() && certificateArn != null) {
            throw new InvalidParameterException("CustomDomainConfig can only be set for a custom domain.");
        }
        return new UserPoolDomainUpdated(pool.id(), domain, current.custom() && certificateArn != null ? certificateArn : current.certificateArn(),
                version(managedLoginVersion, current.managedLoginVersion()));
    }

    static UserPoolDomainDeleted delete(UserPoolState pool, String domain) {
        require(pool, domain);
        return new UserPoolDomainDeleted(pool.id(), domain);
    }

    private static PoolOAuth.Domain require(UserPoolState pool, String domain) {
        return pool.oauth().domain(domain).orElseThrow(() -> new InvalidParameterException("No such domain or user pool exists."));
    }

    private static void checkName(String domain, boolean custom) {
        if (custom) {
            if (!HOST_PATTERN.matcher(domain).matches()) {
                throw new InvalidParameterException("The custom domain name " + domain + " is not a valid fully qualified host name.");
            }
            return;
        }
        if (!PREFIX_PATTERN.matcher(domain).matches()) {
            throw new InvalidParameterException("The domain name contains an invalid character. Domain names can only contain lower-case "
                    + "letters, numbers, and hyphens. Please enter a different name that follows this format: " + PREFIX);
        }
        if (RESERVED.matcher(domain).find()) {
            throw new InvalidParameterException("Domain names cannot contain the reserved words aws, amazon, or cognito.");
        }
    }

    private static int version(Integer requested, int otherwise) {
        if (requested == null) return otherwise;
        if (requested != 1 && requested != 2) throw new InvalidParameterException("ManagedLoginVersion must be 1 or 2.");
        return requested;
    }

    /** The state after a domain event; any other event leaves it as it is. */
    static UserPoolState apply(UserPoolState s, Object event) {
        PoolOAuth oauth = s.oauth();
        if (event instanceof UserPoolDomainCreated e) oauth = oauth.withDomain(new PoolOAuth.Domain(e.domain(), e.certificateArn(), e.managedLoginVersion()));
        else if (event instanceof UserPoolDomainUpdated e) oauth = oauth.withDomain(new PoolOAuth.Domain(e.domain(), e.certificateArn(), e.managedLoginVersion()));
        else if (event instanceof UserPoolDomainDeleted e) oauth = oauth.withoutDomain(e.domain());
        else return s;
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), oauth, s.security(), s.imports());
    }
}

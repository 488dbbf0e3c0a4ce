package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.TermsExistsException;
import dev.cairn.api.event.TermsCreated;
import dev.cairn.api.event.TermsDefinition;
import dev.cairn.api.event.TermsDeleted;
import dev.cairn.api.event.TermsUpdated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.model.TermsType;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An app client's terms documents (terms of use, privacy policy), which live in the user pool
 * aggregate beside the client they belong to: one document of each name per client, for a client
 * the pool has, each link a URL. Shapes, names and languages were checked against the service model.
 * Refusal wording is Cairn's own where Cognito's is not documented.
 */
public final class Terms {

    private Terms() {
    }

    public static TermsType require(UserPoolState pool, String termsId) {
        TermsType t = pool.oauth().terms().get(termsId);
        if (t == null) throw new ResourceNotFoundException("Terms " + termsId + " do not exist.");
        return t;
    }

    static TermsCreated create(UserPoolState pool, TermsDefinition terms) {
        if (!pool.clients().containsKey(terms.clientId())) throw new ResourceNotFoundException("User pool client " + terms.clientId() + " does not exist.");
        if (pool.oauth().terms().containsKey(terms.termsId())) throw new IllegalStateException("terms id collision");
        check(pool, terms);
        return new TermsCreated(pool.id(), terms);
    }

    /** An update: null parts keep what the terms have. */
    static TermsUpdated update(UserPoolState pool, String termsId, String termsName, String termsSource, String enforcement, Map<String, String> links) {
        TermsType current = require(pool, termsId);
        TermsDefinition next = new TermsDefinition(termsId, current.clientId(), termsName != null ? termsName : current.termsName(),
                termsSource != null ? termsSource : current.termsSource(), enforcement != null ? enforcement : current.enforcement(),
                links != null ? links : current.links());
        check(pool, next);
        return new TermsUpdated(pool.id(), next);
    }

    static TermsDeleted delete(UserPoolState pool, String termsId) {
        require(pool, termsId);
        return new TermsDeleted(pool.id(), termsId);
    }

    private static void check(UserPoolState pool, TermsDefinition terms) {
        for (TermsType other : pool.oauth().terms().values()) {
            if (!other.termsId().equals(terms.termsId()) && other.clientId().equals(terms.clientId()) && other.termsName().equals(terms.termsName())) {
                throw new TermsExistsException("The app client already has " + terms.termsName() + " terms (" + other.termsId() + ").");
            }
        }
        for (Map.Entry<String, String> link : terms.links().entrySet()) {
            try {
                URI u = new URI(link.getValue());
                boolean local = "http".equals(u.getScheme()) && Set.of("localhost", "127.0.0.1").contains(u.getHost());
                if (u.getHost() == null || !("https".equals(u.getScheme()) || local)) throw new IllegalArgumentException();
            } catch (Exception e) {
                throw new InvalidParameterException("The link for " + link.getKey() + " must be an https URL.");
            }
        }
    }

    /** The documents the hosted sign-up page links for a client, by terms name, in {@code cognito:default}, once it has both (as Cognito shows them). */
    public static Optional<Map<String, String>> shown(UserPoolState pool, String clientId) {
        Map<String, String> links = new TreeMap<>();
        for (TermsType t : pool.oauth().terms().values()) {
            if (t.clientId().equals(clientId) && t.links().get("cognito:default") != null) links.put(t.termsName(), t.links().get("cognito:default"));
        }
        return links.size() == 2 ? Optional.of(links) : Optional.empty();
    }

    /** The state after a terms event (or a client's deletion, which takes its terms with it); any other event leaves it as it is. */
    static UserPoolState apply(UserPoolState s, Object event, Instant at) {
        TreeMap<String, TermsType> terms = new TreeMap<>(s.oauth().terms());
        if (event instanceof TermsCreated e) {
            terms.put(e.terms().termsId(), wire(s.id(), e.terms(), at, at));
        } else if (event instanceof TermsUpdated e) {
            terms.put(e.terms().termsId(), wire(s.id(), e.terms(), terms.get(e.terms().termsId()).creationDate(), at));
        } else if (event instanceof TermsDeleted e) {
            terms.remove(e.termsId());
        } else if (event instanceof UserPoolClientDeleted e) {
            if (!terms.values().removeIf(t -> t.clientId().equals(e.clientId()))) return s;
        } else {
            return s;
        }
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth().withTerms(terms), s.security(), s.imports());
    }

    private static TermsType wire(String poolId, TermsDefinition d, Instant created, Instant modified) {
        return TermsType.builder().termsId(d.termsId()).userPoolId(poolId).clientId(d.clientId()).termsName(d.termsName())
                .termsSource(d.termsSource()).enforcement(d.enforcement()).links(new TreeMap<>(d.links()))
                .creationDate(created).lastModifiedDate(modified).build();
    }
}

package dev.cairn.api.event;

import java.util.Map;

/**
 * Terms documents of an app client as the log keeps them in {@link TermsCreated} and
 * {@link TermsUpdated}: Cairn's own record, with Cognito's member names and meanings.
 *
 * @param termsId     the id, a random UUID
 * @param clientId    the app client whose hosted sign-up page links them
 * @param termsName   {@code terms-of-use} or {@code privacy-policy}, one of each per client
 * @param termsSource {@code LINK}
 * @param enforcement {@code NONE}
 * @param links       language ({@code cognito:default}, {@code cognito:spanish} ...) to URL; never null
 */
public record TermsDefinition(String termsId, String clientId, String termsName, String termsSource, String enforcement,
                              Map<String, String> links) {

    public TermsDefinition {
        links = links == null ? Map.of() : Map.copyOf(links);
    }
}

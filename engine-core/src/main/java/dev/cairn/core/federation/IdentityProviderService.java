package dev.cairn.core.federation;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.IdentityProviderDefinition;
import dev.cairn.api.model.*;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.IdentityProviders;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolOAuth;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Identity providers: the pool aggregate decides, this translates. Secret details are sealed under
 * the master key before the command is sent, so neither the log nor the pool read model holds them
 * in the clear; a SAML provider's MetadataURL is fetched here, and the aggregate judges the document.
 */
public final class IdentityProviderService {

    private static final int MAX_PAGE = 60;
    private static final List<String> SECRETS = List.of("client_secret", "private_key");
    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final SecretBox secrets;
    private final PageTokens pageTokens;
    private final MetadataDocuments documents;

    public IdentityProviderService(AxonRuntime axon, PoolDirectory pools, SecretBox secrets, PageTokens pageTokens, MetadataDocuments documents) {
        this.axon = axon;
        this.pools = pools;
        this.secrets = secrets;
        this.pageTokens = pageTokens;
        this.documents = documents;
    }

    public Supplier<CreateIdentityProviderResponse> createIdentityProvider(CreateIdentityProviderRequest r) {
        pools.require(r.userPoolId());
        Map<String, String> details = withoutSecrets(r.providerDetails());
        axon.send(new Commands.CreateIdentityProvider(r.userPoolId(), new IdentityProviderDefinition(r.providerName(), r.providerType(),
                details, sealed(r.providerDetails()), r.attributeMapping(), r.idpIdentifiers(), metadata(r.providerType(), details))));
        return () -> CreateIdentityProviderResponse.builder().identityProvider(describe(r.userPoolId(), r.providerName())).build();
    }

    public Supplier<UpdateIdentityProviderResponse> updateIdentityProvider(UpdateIdentityProviderRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        String type = IdentityProviders.require(pool, r.providerName()).type().providerType();
        Map<String, String> details = r.providerDetails() == null ? null : withoutSecrets(r.providerDetails());
        axon.send(new Commands.UpdateIdentityProvider(r.userPoolId(), r.providerName(), details,
                r.providerDetails() == null ? null : sealed(r.providerDetails()), r.attributeMapping(), r.idpIdentifiers(),
                details == null ? null : metadata(type, details)));
        return () -> UpdateIdentityProviderResponse.builder().identityProvider(describe(r.userPoolId(), r.providerName())).build();
    }

    public void deleteIdentityProvider(DeleteIdentityProviderRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.DeleteIdentityProvider(r.userPoolId(), r.providerName()));
    }

    public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest r) {
        return DescribeIdentityProviderResponse.builder().identityProvider(describe(r.userPoolId(), r.providerName())).build();
    }

    public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        PoolOAuth.IdentityProvider p = pool.oauth().identityProviders().values().stream()
                .filter(i -> i.type().idpIdentifiers() != null && i.type().idpIdentifiers().contains(r.idpIdentifier())).findFirst()
                // Wording from memory of Cognito's answer.
                .orElseThrow(() -> new ResourceNotFoundException("Identity provider with identifier " + r.idpIdentifier() + " does not exist."));
        return GetIdentityProviderByIdentifierResponse.builder().identityProvider(wire(p)).build();
    }

    public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        int max = r.maxResults() == null || r.maxResults() == 0 ? MAX_PAGE : r.maxResults();
        var view = pool.oauth().identityProviders();
        if (r.nextToken() != null) {
            String last = pageTokens.decode("identity-providers:" + pool.id(), r.nextToken(), 1).get(0);
            view = view.tailMap(last + "\u0000");
        }
        List<ProviderDescription> page = view.values().stream().limit(max).map(p -> ProviderDescription.builder()
                .providerName(p.name()).providerType(p.type().providerType())
                .creationDate(p.type().creationDate()).lastModifiedDate(p.type().lastModifiedDate()).build()).toList();
        boolean more = view.size() > max;
        return ListIdentityProvidersResponse.builder().providers(page)
                .nextToken(more ? pageTokens.encode("identity-providers:" + pool.id(), page.get(page.size() - 1).providerName()) : null).build();
    }

    private IdentityProviderType describe(String poolId, String name) {
        return wire(IdentityProviders.require(pools.require(poolId), name));
    }

    /** As Cognito describes it: the client secret shown (a Sign in with Apple private key never is). */
    private IdentityProviderType wire(PoolOAuth.IdentityProvider p) {
        String sealed = p.sealedSecrets().get("client_secret");
        if (sealed == null) return p.type();
        Map<String, String> details = new TreeMap<>(p.type().providerDetails());
        details.put("client_secret", secrets.open(sealed));
        return p.type().toBuilder().providerDetails(details).build();
    }

    private String metadata(String type, Map<String, String> details) {
        if (!"SAML".equals(type)) return null;
        if (details.get("MetadataFile") != null) return details.get("MetadataFile");
        String url = details.get("MetadataURL");
        return url == null ? null : documents.samlMetadata(url);
    }

    private static Map<String, String> withoutSecrets(Map<String, String> details) {
        Map<String, String> d = new TreeMap<>(details == null ? Map.of() : details);
        SECRETS.forEach(d::remove);
        return d;
    }

    private Map<String, String> sealed(Map<String, String> details) {
        Map<String, String> s = new TreeMap<>();
        if (details == null) return s;
        for (String k : SECRETS) {
            String v = details.get(k);
            if (v != null && !v.isEmpty()) s.put(k, secrets.seal(v));
        }
        return s;
    }
}

package dev.cairn.core.domain;

import dev.cairn.api.model.CreateUserPoolDomainRequest;
import dev.cairn.api.model.CreateUserPoolDomainResponse;
import dev.cairn.api.model.CustomDomainConfigType;
import dev.cairn.api.model.DeleteUserPoolDomainRequest;
import dev.cairn.api.model.DeleteUserPoolDomainResponse;
import dev.cairn.api.model.DescribeUserPoolDomainRequest;
import dev.cairn.api.model.DescribeUserPoolDomainResponse;
import dev.cairn.api.model.DomainDescriptionType;
import dev.cairn.api.model.UpdateUserPoolDomainRequest;
import dev.cairn.api.model.UpdateUserPoolDomainResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.claim.ClaimProjection;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolOAuth;
import dev.cairn.core.userpool.UserPoolState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Pool domains: the pool aggregate decides, the domain claim keeps names unique across pools, and
 * this translates. A custom domain's CloudFront distribution is a stable name derived from the
 * domain, since the local engine serves every domain itself.
 */
public final class DomainService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final ClaimStore claims;

    public DomainService(AxonRuntime axon, PoolDirectory pools, ClaimStore claims) {
        this.axon = axon;
        this.pools = pools;
        this.claims = claims;
    }

    public Supplier<CreateUserPoolDomainResponse> createUserPoolDomain(CreateUserPoolDomainRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.CreateUserPoolDomain(r.userPoolId(), r.domain(), certificate(r.customDomainConfig()), r.managedLoginVersion()));
        return () -> {
            PoolOAuth.Domain d = domainOf(r.userPoolId(), r.domain());
            return CreateUserPoolDomainResponse.builder().managedLoginVersion(d.managedLoginVersion()).cloudFrontDomain(cloudFront(d)).build();
        };
    }

    public Supplier<UpdateUserPoolDomainResponse> updateUserPoolDomain(UpdateUserPoolDomainRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.UpdateUserPoolDomain(r.userPoolId(), r.domain(), certificate(r.customDomainConfig()), r.managedLoginVersion()));
        return () -> {
            PoolOAuth.Domain d = domainOf(r.userPoolId(), r.domain());
            return UpdateUserPoolDomainResponse.builder().managedLoginVersion(d.managedLoginVersion()).cloudFrontDomain(cloudFront(d)).build();
        };
    }

    public Supplier<DeleteUserPoolDomainResponse> deleteUserPoolDomain(DeleteUserPoolDomainRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.DeleteUserPoolDomain(r.userPoolId(), r.domain()));
        return () -> DeleteUserPoolDomainResponse.builder().build();
    }

    /** As Cognito: a domain no pool has is described as an empty description, not an error. */
    public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest r) {
        DomainDescriptionType description = owner(r.domain()).flatMap(pool -> pool.oauth().domain(r.domain()).map(d -> describe(pool, d)))
                .orElse(DomainDescriptionType.builder().build());
        return DescribeUserPoolDomainResponse.builder().domainDescription(description).build();
    }

    /** The pool whose domain (prefix or custom host name) this is. */
    public Optional<UserPoolState> owner(String domain) {
        return claims.owner(ClaimProjection.GLOBAL, ClaimProjection.DOMAIN, domain).flatMap(pools::find);
    }

    private DomainDescriptionType describe(UserPoolState pool, PoolOAuth.Domain d) {
        String arn = pool.settings().arn();
        return DomainDescriptionType.builder().userPoolId(pool.id()).domain(d.name())
                .awsAccountId(arn == null ? null : arn.split(":")[4])
                .cloudFrontDistribution(cloudFront(d)).status("ACTIVE").managedLoginVersion(d.managedLoginVersion())
                .customDomainConfig(d.custom() ? CustomDomainConfigType.builder().certificateArn(d.certificateArn()).build() : null)
                .build();
    }

    private PoolOAuth.Domain domainOf(String poolId, String domain) {
        return pools.require(poolId).oauth().domain(domain).orElseThrow();
    }

    private static String certificate(CustomDomainConfigType config) {
        return config == null ? null : config.certificateArn();
    }

    /** A custom domain's distribution, {@code d<13 hex>.cloudfront.net}, the same for the same domain; none for a prefix. */
    private static String cloudFront(PoolOAuth.Domain d) {
        if (!d.custom()) return null;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(d.name().getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(hash).substring(0, 13) + ".cloudfront.net";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

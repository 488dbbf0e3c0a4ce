package dev.cairn.core;

import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.RequestContext;
import dev.cairn.api.audit.Audit;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InternalErrorException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.model.*;
import dev.cairn.api.spi.MessageDelivery;
import dev.cairn.core.audit.AuditService;
import dev.cairn.core.auth.AuthService;
import dev.cairn.core.auth.AuthSession;
import dev.cairn.core.auth.TokenOperations;
import dev.cairn.core.token.AccessTokens;
import dev.cairn.core.token.PoolKeys;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.token.TokenIssuer;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.personal.Erasure;
import dev.cairn.core.personal.PersonalDataSealer;
import dev.cairn.core.personal.UserKeys;
import dev.cairn.core.axon.EngineClock;
import dev.cairn.core.claim.ClaimProjection;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.client.ClientService;
import dev.cairn.core.crypto.DataKey;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.decoy.Decoys;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.engine.EngineContext;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.group.GroupService;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.core.password.PasswordService;
import dev.cairn.core.signup.SignUpService;
import dev.cairn.core.user.AliasTransfers;
import dev.cairn.core.user.Invitations;
import dev.cairn.core.user.PasswordResets;
import dev.cairn.core.user.SelfService;
import dev.cairn.core.verification.Codes;
import dev.cairn.core.user.ListUsersQuery;
import dev.cairn.core.user.User;
import dev.cairn.core.user.UserAdminService;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserProjection;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolProjection;
import dev.cairn.core.userpool.UserPool;
import dev.cairn.core.userpool.UserPoolService;
import dev.cairn.core.validation.ModelValidator;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The engine: Cognito's User Pools API over an event-sourced log. Build one with
 * {@link #builder()}; every method validates its request against the service model, runs in one
 * unit of work (all of its events, claims and projection rows commit together or not at all), and
 * returns once every query reflects it.
 *
 * <p>{@link #as(RequestContext)} gives a view that records another actor on the events it writes.
 */
public final class CairnEngine implements CognitoIdentityProvider, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CairnEngine.class);

    /** What all views of one engine share. */
    private record Core(EngineContext ctx, ModelValidator validator, UserPoolService pools, ClientService clients,
                        GroupService groups, UserAdminService users, ListUsersQuery listUsers, AuditService audit,
                        AuthService auth, TokenOperations tokens, PoolKeys keys, String issuerBase,
                        SignUpService signUp, PasswordService passwords, SelfService self, UserKeys userKeys, Erasure erasure) {
    }

    private final Core core;
    private final RequestContext context;

    private CairnEngine(Core core, RequestContext context) {
        this.core = core;
        this.context = context;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A view of this engine whose writes record {@code context} as who acted, through which client, from where. */
    public CairnEngine as(RequestContext context) {
        return new CairnEngine(core, Objects.requireNonNull(context));
    }

    /** Forensic reads of the log. */
    public Audit audit() {
        return core.audit();
    }

    /** The message delivery this engine hands messages to (an {@link Outbox} unless the host gave its own). */
    public MessageDelivery messageDelivery() {
        return core.ctx().delivery();
    }

    /** The storage backend. */
    public Storage storage() {
        return core.ctx().storage();
    }

    /** The service model validator (also used by the wire protocol). */
    public ModelValidator validator() {
        return core.validator();
    }

    /**
     * Drops every projection and uniqueness claim and rebuilds them by replaying the whole log.
     * Not for use while requests are served.
     */
    public void rebuildProjections() {
        Storage storage = core.ctx().storage();
        storage.resetProjections();
        core.ctx().pools().clearCache();
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        core.ctx().axon().readAll().forEach(e -> {
            batch.add(e);
            if (batch.size() == 500) {
                core.ctx().axon().replay(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) core.ctx().axon().replay(batch);
    }

    /**
     * Appends events to the log as though their aggregates had applied them, and updates every
     * projection: how a test fixture states "given these events". Events of the UserPool aggregate
     * ({@link dev.cairn.api.event.UserPoolEvent}) go to the stream of their pool, events of the
     * User aggregate ({@link dev.cairn.api.event.UserEvent}) to the stream of their sub.
     */
    public void appendEvents(List<?> events) {
        EngineClock.with(core.ctx().clock(), () -> {
            for (Object e : events) {
                if (e instanceof dev.cairn.api.event.UserPoolEvent p) {
                    core.ctx().axon().appendAsAggregate("UserPool", p.userPoolId(), List.of(e), context);
                } else if (e instanceof dev.cairn.api.event.UserEvent u) {
                    core.ctx().axon().appendAsAggregate("User", u.sub(), List.of(e), context);
                } else {
                    throw new IllegalArgumentException("Not an engine event: " + e);
                }
            }
            core.ctx().pools().clearCache();
            return null;
        });
    }

    /**
     * Erases the personal data of a deleted user from the log (the right to erasure): the user's
     * username, attribute values, aliases and masked destinations, in every event ever written,
     * read {@code [erased]} from now on, because the one key that sealed them is destroyed. The
     * events themselves stay, with their times, actors, clients and sources, and a
     * {@link dev.cairn.api.event.PersonalDataErased} event records the erasure. Erasing twice does
     * nothing the second time.
     *
     * @throws dev.cairn.api.error.UserNotFoundException     when the pool never had a user with this sub
     * @throws dev.cairn.api.error.InvalidParameterException when the user is not deleted
     */
    public void erasePersonalData(String userPoolId, String sub) {
        RequestContext ctx = correlated();
        try {
            EngineClock.with(core.ctx().clock(), () -> {
                core.erasure().erase(userPoolId, sub, ctx);
                return null;
            });
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The Axon runtime, for the engine's own test fixtures. */
    public AxonRuntime axon() {
        return core.ctx().axon();
    }

    /** The clock this engine stamps events with. */
    public Clock clock() {
        return core.ctx().clock();
    }

    /** Wipes every event and every read model: for test runs and the local server's reset. */
    public void reset() {
        core.ctx().storage().reset();
        core.userKeys().clearCache();
        core.ctx().axon().clearCaches();
        core.ctx().pools().clearCache();
        if (core.ctx().delivery() instanceof Outbox outbox) outbox.clear();
    }

    @Override
    public void close() {
        core.ctx().axon().shutdown();
        core.ctx().storage().close();
    }

    // ------------------------------------------------------------------ dispatch

    /**
     * A request that writes: {@code work} runs in one unit of work and returns how to read the
     * answer, which is read after the unit of work committed (events reach the projections at
     * commit, so the answer reflects the write).
     */
    private <T> T write(Object request, Supplier<Supplier<T>> work) {
        core.validator().validate(request);
        RequestContext ctx = correlated();
        try {
            Supplier<T> answer = EngineClock.with(core.ctx().clock(), () -> core.ctx().axon().inUnitOfWork(ctx, work));
            return answer.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private void run(Object request, Runnable work) {
        write(request, () -> {
            work.run();
            return () -> null;
        });
    }

    /** This view's context, with a fresh correlation id unless it names one. */
    private RequestContext correlated() {
        return context.correlationId() != null ? context
                : new RequestContext(context.actorType(), context.actor(), context.clientId(), context.sourceIp(), UUID.randomUUID().toString());
    }

    /** A request that only reads the projections. */
    private <T> T read(Object request, Supplier<T> work) {
        core.validator().validate(request);
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Every failure leaves as a Cognito error; anything unexpected as InternalErrorException, logged here. */
    static RuntimeException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CognitoException c) return c;
            if (t instanceof AggregateNotFoundException) return new ResourceNotFoundException("Resource not found.");
        }
        LOG.error("Internal error", e);
        return new InternalErrorException("Internal server error.");
    }

    // ------------------------------------------------------------------ user pools

    @Override
    public CreateUserPoolResponse createUserPool(CreateUserPoolRequest r) {
        return write(r, () -> core.pools().createUserPool(r));
    }

    @Override
    public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest r) {
        return read(r, () -> core.pools().describeUserPool(r));
    }

    @Override
    public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest r) {
        return write(r, () -> core.pools().updateUserPool(r));
    }

    @Override
    public void deleteUserPool(DeleteUserPoolRequest r) {
        run(r, () -> core.pools().deleteUserPool(r));
    }

    @Override
    public ListUserPoolsResponse listUserPools(ListUserPoolsRequest r) {
        return read(r, () -> core.pools().listUserPools(r));
    }

    @Override
    public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest r) {
        return write(r, () -> core.pools().addCustomAttributes(r));
    }

    // ------------------------------------------------------------------ app clients

    @Override
    public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest r) {
        return write(r, () -> core.clients().createUserPoolClient(r));
    }

    @Override
    public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest r) {
        return read(r, () -> core.clients().describeUserPoolClient(r));
    }

    @Override
    public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest r) {
        return write(r, () -> core.clients().updateUserPoolClient(r));
    }

    @Override
    public void deleteUserPoolClient(DeleteUserPoolClientRequest r) {
        run(r, () -> core.clients().deleteUserPoolClient(r));
    }

    @Override
    public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest r) {
        return read(r, () -> core.clients().listUserPoolClients(r));
    }

    // ------------------------------------------------------------------ users (admin)

    @Override
    public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest r) {
        return write(r, () -> core.users().adminCreateUser(r));
    }

    @Override
    public AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
        return read(r, () -> core.users().adminGetUser(r));
    }

    @Override
    public void adminDeleteUser(AdminDeleteUserRequest r) {
        run(r, () -> core.users().adminDeleteUser(r));
    }

    @Override
    public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
        return write(r, () -> core.users().adminUpdateUserAttributes(r));
    }

    @Override
    public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
        return write(r, () -> core.users().adminDeleteUserAttributes(r));
    }

    @Override
    public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest r) {
        return write(r, () -> core.users().adminEnableUser(r));
    }

    @Override
    public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest r) {
        return write(r, () -> core.users().adminDisableUser(r));
    }

    @Override
    public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest r) {
        return write(r, () -> core.users().adminConfirmSignUp(r));
    }

    @Override
    public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest r) {
        return write(r, () -> core.users().adminSetUserPassword(r));
    }

    @Override
    public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest r) {
        return write(r, () -> core.users().adminResetUserPassword(r));
    }

    @Override
    public ListUsersResponse listUsers(ListUsersRequest r) {
        return read(r, () -> core.listUsers().listUsers(r));
    }

    // ------------------------------------------------------------------ groups

    @Override
    public CreateGroupResponse createGroup(CreateGroupRequest r) {
        return write(r, () -> core.groups().createGroup(r));
    }

    @Override
    public GetGroupResponse getGroup(GetGroupRequest r) {
        return read(r, () -> core.groups().getGroup(r));
    }

    @Override
    public UpdateGroupResponse updateGroup(UpdateGroupRequest r) {
        return write(r, () -> core.groups().updateGroup(r));
    }

    @Override
    public void deleteGroup(DeleteGroupRequest r) {
        run(r, () -> core.groups().deleteGroup(r));
    }

    @Override
    public ListGroupsResponse listGroups(ListGroupsRequest r) {
        return read(r, () -> core.groups().listGroups(r));
    }

    @Override
    public void adminAddUserToGroup(AdminAddUserToGroupRequest r) {
        run(r, () -> core.groups().adminAddUserToGroup(r));
    }

    @Override
    public void adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest r) {
        run(r, () -> core.groups().adminRemoveUserFromGroup(r));
    }

    @Override
    public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest r) {
        return read(r, () -> core.groups().adminListGroupsForUser(r));
    }

    @Override
    public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest r) {
        return read(r, () -> core.groups().listUsersInGroup(r));
    }

    // ------------------------------------------------------------------ authentication

    @Override
    public InitiateAuthResponse initiateAuth(InitiateAuthRequest r) {
        return write(r, () -> {
            var outcome = core.auth().initiate(new AuthService.Attempt(null, r.clientId(), r.authFlow(), r.authParameters(),
                    r.userContextData() == null ? null : r.userContextData().ipAddress(), false));
            return () -> {
                var o = outcome.get();
                return InitiateAuthResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session()).build();
            };
        });
    }

    @Override
    public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest r) {
        return write(r, () -> {
            var outcome = core.auth().initiate(new AuthService.Attempt(r.userPoolId(), r.clientId(), r.authFlow(), r.authParameters(),
                    r.contextData() == null ? null : r.contextData().ipAddress(), true));
            return () -> {
                var o = outcome.get();
                return AdminInitiateAuthResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session()).build();
            };
        });
    }

    @Override
    public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest r) {
        return write(r, () -> {
            var outcome = core.auth().respond(null, r.clientId(), r.challengeName(), r.challengeResponses(), r.session(),
                    r.userContextData() == null ? null : r.userContextData().ipAddress(), false);
            return () -> {
                var o = outcome.get();
                return RespondToAuthChallengeResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session()).build();
            };
        });
    }

    @Override
    public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest r) {
        return write(r, () -> {
            var outcome = core.auth().respond(r.userPoolId(), r.clientId(), r.challengeName(), r.challengeResponses(), r.session(),
                    r.contextData() == null ? null : r.contextData().ipAddress(), true);
            return () -> {
                var o = outcome.get();
                return AdminRespondToAuthChallengeResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session()).build();
            };
        });
    }

    @Override
    public GetUserResponse getUser(GetUserRequest r) {
        return read(r, () -> core.tokens().getUser(r));
    }

    @Override
    public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest r) {
        return write(r, () -> core.tokens().globalSignOut(r));
    }

    @Override
    public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest r) {
        return write(r, () -> core.tokens().adminUserGlobalSignOut(r));
    }

    @Override
    public RevokeTokenResponse revokeToken(RevokeTokenRequest r) {
        return write(r, () -> core.tokens().revokeToken(r));
    }

    @Override
    public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest r) {
        return read(r, () -> core.tokens().getSigningCertificate(r));
    }

    /**
     * Adds a signing key to a pool; tokens are signed with it from now on, and tokens signed with
     * older keys keep verifying, since every key stays in the pool's JWKS. Returns the new key id.
     * (Cognito rotates its keys itself; this is Cairn's handle on it.)
     */
    public String rotateSigningKey(String userPoolId) {
        return write(DescribeUserPoolRequest.builder().userPoolId(userPoolId).build(), () -> core.tokens().rotateSigningKey(userPoolId));
    }

    /** The pool's published signing keys as a JWKS document ({@code {"keys":[...]}}). */
    public String jwks(String userPoolId) {
        return read(DescribeUserPoolRequest.builder().userPoolId(userPoolId).build(),
                () -> core.keys().jwks(core.ctx().pools().require(userPoolId)).toJson());
    }

    /** The issuer of the pool's tokens: {@code {issuerBase}/{userPoolId}}. */
    public String issuer(String userPoolId) {
        return core.issuerBase() + "/" + userPoolId;
    }

    // ------------------------------------------------------------------ self-service

    @Override
    public SignUpResponse signUp(SignUpRequest r) {
        return write(r, () -> core.signUp().signUp(r));
    }

    @Override
    public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest r) {
        return write(r, () -> core.signUp().confirmSignUp(r));
    }

    @Override
    public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest r) {
        return write(r, () -> core.signUp().resendConfirmationCode(r));
    }

    @Override
    public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest r) {
        return write(r, () -> core.passwords().forgotPassword(r));
    }

    @Override
    public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest r) {
        return write(r, () -> core.passwords().confirmForgotPassword(r));
    }

    @Override
    public ChangePasswordResponse changePassword(ChangePasswordRequest r) {
        return write(r, () -> core.passwords().changePassword(r));
    }

    @Override
    public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest r) {
        return write(r, () -> core.self().getUserAttributeVerificationCode(r));
    }

    @Override
    public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest r) {
        return write(r, () -> core.self().verifyUserAttribute(r));
    }

    @Override
    public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest r) {
        return write(r, () -> core.self().updateUserAttributes(r));
    }

    @Override
    public DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest r) {
        return write(r, () -> core.self().deleteUserAttributes(r));
    }

    @Override
    public void deleteUser(DeleteUserRequest r) {
        run(r, () -> core.self().deleteUser(r));
    }

    // ------------------------------------------------------------------ builder

    /** Builds an engine. Every setting has a default; {@link #build()} fails fast on a bad one. */
    public static final class Builder {
        private Storage storage;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random;
        private MessageDelivery delivery;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private byte[] masterKey;
        private RequestContext defaultContext = new RequestContext("ADMIN", "host", null, null, null);
        private long aggregateCacheSize = 100_000;
        private String issuerBase;

        private Builder() {
        }

        /** Where the log and read models live. Default: in memory. */
        public Builder storage(Storage storage) {
            this.storage = storage;
            return this;
        }

        /** The clock for every timestamp the engine writes. Default: the system's UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Randomness for ids, salts, secrets and temporary passwords. Default: a SecureRandom. */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /** Where emails and SMS go. Default: an {@link Outbox} that keeps them. */
        public Builder messageDelivery(MessageDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /** The AWS region in pool ids and ARNs. Default: us-east-1. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The account id in ARNs. Default: 000000000000. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The 32-byte master key, kept outside the database, that seals the engine's data key (which
         * seals every secret in the log); the database alone then opens nothing. Default: none, and
         * the storage keeps the data key in the clear. See {@link DataKey}.
         */
        public Builder masterKey(byte[] key) {
            this.masterKey = key.clone();
            return this;
        }

        /** Who acts when the host calls the engine directly. Default: ADMIN "host". */
        public Builder defaultContext(RequestContext context) {
            this.defaultContext = context;
            return this;
        }

        /**
         * Where token issuers live: tokens carry {@code iss = issuerBase + "/" + poolId}. Default:
         * Cognito's form, {@code https://cognito-idp.<region>.amazonaws.com}; the local server sets
         * its own endpoint.
         */
        public Builder issuerBase(String issuerBase) {
            this.issuerBase = issuerBase;
            return this;
        }

        /** How many aggregates each repository keeps in memory. Default: 100,000. */
        public Builder aggregateCacheSize(long size) {
            this.aggregateCacheSize = size;
            return this;
        }

        public CairnEngine build() {
            if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) throw new IllegalArgumentException("Not an AWS region: " + region);
            if (!accountId.matches("\\d{12}")) throw new IllegalArgumentException("Not an account id: " + accountId);
            Storage s = storage != null ? storage : new InMemoryStorage();
            RandomGenerator rnd = random != null ? random : new SecureRandom();
            MessageDelivery d = delivery != null ? delivery : new Outbox();
            byte[] key = DataKey.resolve(s, masterKey);
            PoolDirectory pools = new PoolDirectory(s.pools());
            UserDirectory users = new UserDirectory(s.claims(), s.users());
            SecretBox secrets = new SecretBox(key, rnd);
            UserKeys userKeys = new UserKeys(s.personalDataKeys(), secrets, rnd, aggregateCacheSize);
            AxonRuntime axon = new AxonRuntime(s, new PersonalDataSealer(userKeys, rnd), List.of(UserPool.class, User.class, AuthSession.class),
                    List.of(new ClaimProjection(s.claims()), new PoolProjection(s.pools(), s.users(), s.claims()), new UserProjection(s.users(), users)),
                    aggregateCacheSize);
            EngineContext ctx = new EngineContext(axon, s, pools, users, clock, rnd, new Ids(rnd), secrets, d, region, accountId);
            Deliveries deliveries = new Deliveries(d);
            String issuers = issuerBase != null ? issuerBase : "https://cognito-idp." + region + ".amazonaws.com";
            PoolKeys keys = new PoolKeys(ctx.secrets());
            AppClients appClients = new AppClients(s.claims(), pools, ctx.secrets());
            TokenIssuer issuer = new TokenIssuer(keys, ctx.ids(), issuers);
            RefreshTokens refresh = new RefreshTokens(ctx.secrets(), rnd);
            AccessTokens access = new AccessTokens(pools, users, keys, issuer);
            Codes codes = new Codes(ctx, deliveries);
            AliasTransfers aliases = new AliasTransfers(ctx);
            PasswordResets resets = new PasswordResets(codes);
            Decoys decoys = new Decoys(secrets);
            Core core = new Core(ctx, new ModelValidator(), new UserPoolService(ctx), new ClientService(ctx), new GroupService(ctx),
                    new UserAdminService(ctx, new Invitations(ctx, deliveries), aliases, resets), new ListUsersQuery(ctx),
                    new AuditService(axon, pools, users), new AuthService(ctx, appClients, issuer, refresh, decoys),
                    new TokenOperations(ctx, appClients, access, refresh, keys), keys, issuers,
                    new SignUpService(ctx, appClients, codes, aliases, decoys), new PasswordService(ctx, appClients, codes, resets, access, decoys),
                    new SelfService(ctx, access, codes), userKeys, new Erasure(ctx, userKeys));
            return new CairnEngine(core, defaultContext);
        }
    }
}

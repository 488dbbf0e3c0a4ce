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
import dev.cairn.core.auth.TokenOperations;
import dev.cairn.core.auth.PoolKeys;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.personal.Erasure;
import dev.cairn.core.personal.UserKeys;
import dev.cairn.core.axon.EngineClock;
import dev.cairn.core.client.ClientService;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.group.GroupService;
import dev.cairn.core.oauth.ResourceServerService;
import dev.cairn.core.oauth.TokenEndpoint;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.core.oauth.TokenResponse;
import dev.cairn.core.domain.DomainService;
import dev.cairn.core.metrics.EngineMetrics;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.password.PasswordService;
import dev.cairn.core.signup.SignUpService;
import dev.cairn.core.selfservice.SelfService;
import dev.cairn.core.user.ListUsersQuery;
import dev.cairn.core.usermfa.UserMfaService;
import dev.cairn.core.userpasskeys.UserPasskeyService;
import dev.cairn.core.userdevices.UserDeviceService;
import dev.cairn.core.user.User;
import dev.cairn.core.admin.UserAdminService;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPool;
import dev.cairn.core.userpool.UserPoolService;
import dev.cairn.core.validation.ModelValidator;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

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
    record Core(AxonRuntime axon, Storage storage, PoolDirectory poolDirectory, Clock clock, MessageDelivery delivery,
                ModelValidator validator, UserPoolService pools, ClientService clients, GroupService groups, UserAdminService users,
                ListUsersQuery listUsers, AuditService audit, AuthService auth, TokenOperations tokens, PoolKeys keys, String issuerBase,
                SignUpService signUp, PasswordService passwords, SelfService self, UserKeys userKeys, Erasure erasure,
                EngineMetrics metrics, UserMfaService mfa, UserDeviceService devices,
                ResourceServerService resourceServers, DomainService domains,
                TokenEndpoint tokenEndpoint, dev.cairn.core.hosted.AuthorizeEndpoint authorize, dev.cairn.core.hosted.HostedLogin hostedLogin,
                dev.cairn.core.hosted.UserInfoEndpoint userInfo, dev.cairn.core.client.AppClients appClients,
                UserPasskeyService passkeys,

                dev.cairn.core.federation.Federation federation,
                dev.cairn.core.tags.TagService tags,

                dev.cairn.core.activity.LogDeliveryService logDelivery,
                dev.cairn.core.userimport.UserImportService imports,
                dev.cairn.core.activity.AuthEventService authEvents,
                dev.cairn.core.risk.RiskConfigurationService risk,
                dev.cairn.core.branding.ManagedLoginBrandingService brandings) {
    }

    private final Core core;
    private final RequestContext context;

    CairnEngine(Core core, RequestContext context) {
        this.core = core;
        this.context = context;
    }

    public static CairnEngineBuilder builder() {
        return new CairnEngineBuilder();
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
        return core.delivery();
    }

    /** The storage backend. */
    public Storage storage() {
        return core.storage();
    }

    /** Whether the storage answers a query now (it was migrated when the engine was built). */
    public boolean ready() {
        return core.storage().ready();
    }

    /** Where this engine's meters go (see {@link CairnEngineBuilder#meterRegistry}). */
    public io.micrometer.core.instrument.MeterRegistry meterRegistry() {
        return core.metrics().registry();
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
        core.audit().rebuild(dev.cairn.api.audit.ProgressListener.NONE);
    }

    /**
     * Appends events to the log as though their aggregates had applied them, and updates every
     * projection: how a test fixture states "given these events". Events of the UserPool aggregate
     * ({@link dev.cairn.api.event.UserPoolEvent}) go to the stream of their pool, events of the
     * User aggregate ({@link dev.cairn.api.event.UserEvent}) to the stream of their sub.
     */
    public void appendEvents(List<?> events) {
        EngineClock.with(core.clock(), () -> {
            for (Object e : events) {
                if (e instanceof dev.cairn.api.event.UserImportJobEvent j) {
                    core.axon().appendAsAggregate("UserImportJob", j.jobId(), List.of(e), context);
                } else if (e instanceof dev.cairn.api.event.UserPoolEvent p) {
                    core.axon().appendAsAggregate("UserPool", p.userPoolId(), List.of(e), context);
                } else if (e instanceof dev.cairn.api.event.UserEvent u) {
                    core.axon().appendAsAggregate("User", u.sub(), List.of(e), context);
                } else {
                    throw new IllegalArgumentException("Not an engine event: " + e);
                }
            }
            core.poolDirectory().clearCache();
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
            EngineClock.with(core.clock(), () -> {
                core.erasure().erase(userPoolId, sub, ctx);
                return null;
            });
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The Axon runtime, for the engine's own test fixtures. */
    public AxonRuntime axon() {
        return core.axon();
    }

    /** The clock this engine stamps events with. */
    public Clock clock() {
        return core.clock();
    }

    /** Wipes every event and every read model: for test runs and the local server's reset. */
    public void reset() {
        core.storage().reset();
        core.userKeys().clearCache();
        core.axon().clearCaches();
        core.poolDirectory().clearCache();
        if (core.delivery() instanceof Outbox outbox) outbox.clear();
    }

    @Override
    public void close() {
        core.imports().runner().close();
        core.axon().shutdown();
        core.storage().close();
    }

    // ------------------------------------------------------------------ dispatch

    /**
     * A request that writes: {@code work} runs in one unit of work and returns how to read the
     * answer, which is read after the unit of work committed (events reach the projections at
     * commit, so the answer reflects the write).
     */
    private <T> T write(Object request, Supplier<Supplier<T>> work) {
        return write(operation(request), request, work);
    }

    private <T> T write(String operation, Object request, Supplier<Supplier<T>> work) {
        return core.metrics().operation(operation, () -> {
            if (request != null) core.validator().validate(request);
            RequestContext ctx = correlated();
            try {
                Supplier<T> answer = AxonRuntime.withClient(dev.cairn.core.activity.ClientContexts.of(request),
                        () -> EngineClock.with(core.clock(), () -> core.axon().inUnitOfWork(ctx, work)));
                return answer.get();
            } catch (RuntimeException e) {
                throw translate(e);
            }
        });
    }

    /** The operation a request record asks for: {@code AdminCreateUserRequest} is AdminCreateUser. */
    private static String operation(Object request) {
        String name = request.getClass().getSimpleName();
        return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
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
        return read(operation(request), request, work);
    }

    private <T> T read(String operation, Object request, Supplier<T> work) {
        return core.metrics().operation(operation, () -> {
            if (request != null) core.validator().validate(request);
            try {
                return work.get();
            } catch (RuntimeException e) {
                throw translate(e);
            }
        });
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

    // ------------------------------------------------------------------ resource servers

    @Override
    public CreateResourceServerResponse createResourceServer(CreateResourceServerRequest r) {
        return write(r, () -> core.resourceServers().createResourceServer(r));
    }

    @Override
    public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest r) {
        return read(r, () -> core.resourceServers().describeResourceServer(r));
    }

    @Override
    public ListResourceServersResponse listResourceServers(ListResourceServersRequest r) {
        return read(r, () -> core.resourceServers().listResourceServers(r));
    }

    @Override
    public UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest r) {
        return write(r, () -> core.resourceServers().updateResourceServer(r));
    }

    @Override
    public void deleteResourceServer(DeleteResourceServerRequest r) {
        run(r, () -> core.resourceServers().deleteResourceServer(r));
    }

    // ------------------------------------------------------------------ identity providers

    @Override
    public CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest r) {
        return write(r, () -> core.federation().identityProviders().createIdentityProvider(r));
    }

    @Override
    public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest r) {
        return read(r, () -> core.federation().identityProviders().describeIdentityProvider(r));
    }

    @Override
    public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest r) {
        return read(r, () -> core.federation().identityProviders().listIdentityProviders(r));
    }

    @Override
    public UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest r) {
        return write(r, () -> core.federation().identityProviders().updateIdentityProvider(r));
    }

    @Override
    public void deleteIdentityProvider(DeleteIdentityProviderRequest r) {
        run(r, () -> core.federation().identityProviders().deleteIdentityProvider(r));
    }

    @Override
    public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest r) {
        return read(r, () -> core.federation().identityProviders().getIdentityProviderByIdentifier(r));
    }

    @Override
    public AdminLinkProviderForUserResponse adminLinkProviderForUser(AdminLinkProviderForUserRequest r) {
        return write(r, () -> core.federation().links().adminLinkProviderForUser(r));
    }

    @Override
    public AdminDisableProviderForUserResponse adminDisableProviderForUser(AdminDisableProviderForUserRequest r) {
        return write(r, () -> core.federation().links().adminDisableProviderForUser(r));
    }

    // ------------------------------------------------------------------ terms documents

    @Override
    public CreateTermsResponse createTerms(CreateTermsRequest r) {
        return write(r, () -> core.federation().terms().createTerms(r));
    }

    @Override
    public DescribeTermsResponse describeTerms(DescribeTermsRequest r) {
        return read(r, () -> core.federation().terms().describeTerms(r));
    }

    @Override
    public ListTermsResponse listTerms(ListTermsRequest r) {
        return read(r, () -> core.federation().terms().listTerms(r));
    }

    @Override
    public UpdateTermsResponse updateTerms(UpdateTermsRequest r) {
        return write(r, () -> core.federation().terms().updateTerms(r));
    }

    @Override
    public void deleteTerms(DeleteTermsRequest r) {
        run(r, () -> core.federation().terms().deleteTerms(r));
    }

    /** The terms documents the hosted sign-up page of a client links (terms name to URL), once it has both; empty otherwise. */
    public java.util.Map<String, String> termsShownOnSignUp(String userPoolId, String clientId) {
        return core.federation().terms().shownOnSignUp(userPoolId, clientId);
    }

    // ------------------------------------------------------------------ client secrets

    @Override
    public AddUserPoolClientSecretResponse addUserPoolClientSecret(AddUserPoolClientSecretRequest r) {
        return write(r, () -> core.clients().addUserPoolClientSecret(r));
    }

    @Override
    public ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest r) {
        return read(r, () -> core.clients().listUserPoolClientSecrets(r));
    }

    @Override
    public DeleteUserPoolClientSecretResponse deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest r) {
        return write(r, () -> core.clients().deleteUserPoolClientSecret(r));
    }

    // ------------------------------------------------------------------ domains

    @Override
    public CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest r) {
        return write(r, () -> core.domains().createUserPoolDomain(r));
    }

    @Override
    public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest r) {
        return read(r, () -> core.domains().describeUserPoolDomain(r));
    }

    @Override
    public UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest r) {
        return write(r, () -> core.domains().updateUserPoolDomain(r));
    }

    @Override
    public DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest r) {
        return write(r, () -> core.domains().deleteUserPoolDomain(r));
    }

    /** The pool that a domain (prefix or custom host name) belongs to: how the HTTP layer routes hosted endpoints. */
    public java.util.Optional<String> poolOfDomain(String domain) {
        return core.domains().owner(domain).map(p -> p.id());
    }

    /**
     * The {@code /oauth2/token} endpoint of a pool's domain: the grant the request names, for the
     * client it authenticates.
     *
     * @throws dev.cairn.core.engine.OAuthException the RFC 6749 error to answer with
     */
    public TokenResponse oauth2Token(String userPoolId, TokenRequest request) {
        return write("OAuth2Token", null, () -> core.tokenEndpoint().token(userPoolId, request));
    }

    /**
     * The {@code /oauth2/revoke} endpoint of a pool's domain (RFC 7009).
     *
     * @throws dev.cairn.core.engine.OAuthException the RFC 6749 error to answer with
     */
    public void oauth2Revoke(String userPoolId, dev.cairn.core.oauth.RevokeRequest request) {
        write("OAuth2Revoke", null, () -> core.tokenEndpoint().revoke(userPoolId, request));
    }

    // ------------------------------------------------------------------ branding of the hosted pages

    @Override
    public SetUICustomizationResponse setUICustomization(SetUICustomizationRequest r) {
        return write(r, () -> {
            core.poolDirectory().require(r.userPoolId());
            core.axon().send(new dev.cairn.core.userpool.Commands.SetUICustomization(r.userPoolId(), r.clientId(), r.css(), r.imageFile()));
            return () -> SetUICustomizationResponse.builder().uiCustomization(dev.cairn.core.userpool.UICustomizations.effective(
                    core.poolDirectory().require(r.userPoolId()), r.clientId())).build();
        });
    }

    @Override
    public GetUICustomizationResponse getUICustomization(GetUICustomizationRequest r) {
        return read(r, () -> GetUICustomizationResponse.builder().uiCustomization(dev.cairn.core.userpool.UICustomizations.effective(
                core.poolDirectory().require(r.userPoolId()), r.clientId())).build());
    }

    @Override
    public CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest r) {
        return write(r, () -> core.brandings().create(r));
    }

    @Override
    public DescribeManagedLoginBrandingResponse describeManagedLoginBranding(DescribeManagedLoginBrandingRequest r) {
        return read(r, () -> core.brandings().describe(r));
    }

    @Override
    public DescribeManagedLoginBrandingByClientResponse describeManagedLoginBrandingByClient(DescribeManagedLoginBrandingByClientRequest r) {
        return read(r, () -> core.brandings().describeByClient(r));
    }

    @Override
    public UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest r) {
        return write(r, () -> core.brandings().update(r));
    }

    @Override
    public void deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest r) {
        run(r, () -> core.brandings().delete(r));
    }

    // ------------------------------------------------------------------ hosted sign-in

    /**
     * The {@code /oauth2/authorize} endpoint of a pool's domain, for a browser whose hosted session
     * cookie is {@code sessionCookie} (null if none): a redirect with a code, tokens or an error; the
     * hosted login page; or an error page when the redirect_uri is not the client's.
     */
    public dev.cairn.core.hosted.AuthorizeAnswer oauth2Authorize(String userPoolId, dev.cairn.core.hosted.AuthorizeRequest request,
                                                                 String sessionCookie) {
        return write("OAuth2Authorize", null, () -> core.authorize().authorize(userPoolId, request, sessionCookie));
    }

    /**
     * {@code /oauth2/authorize} naming an upstream identity provider ({@code identity_provider} or
     * {@code idp_identifier}): the redirect to that provider, or the refusal.
     *
     * @param idpResponseUrl this domain's {@code /oauth2/idpresponse}, where the provider answers
     */
    public dev.cairn.core.hosted.AuthorizeAnswer oauth2AuthorizeUpstream(String userPoolId, dev.cairn.core.hosted.AuthorizeRequest request,
                                                                         String idpResponseUrl) {
        return write("OAuth2AuthorizeUpstream", null, () -> core.federation().signIn().start(userPoolId, request, idpResponseUrl));
    }

    /**
     * {@code /oauth2/idpresponse}: the upstream provider's answer. The user it signed in gets a hosted
     * session, and the client's authorization completes with it (a code at the client's redirect_uri);
     * a failed sign-in is answered at the client's redirect_uri, or with an error page when the state
     * is not this pool's.
     */
    public dev.cairn.core.federation.FederatedSignIn.Completion oauth2IdpResponse(String userPoolId, String code, String state, String error,
                                                                                  String errorDescription, String idpResponseUrl) {
        var done = firstSignInRace(() -> write("OAuth2IdpResponse", null, () -> core.federation().signIn().complete(userPoolId, code, state, error,
                errorDescription, idpResponseUrl)));
        if (done.answer() != null) return done;
        return new dev.cairn.core.federation.FederatedSignIn.Completion(done.sessionCookie(), done.request(),
                oauth2Authorize(userPoolId, done.request(), done.sessionCookie()));
    }

    /**
     * Two first sign-ins of one identity, racing (on two nodes, or two tabs), both create its
     * federated user; the username's claim lets one commit and fails the other at commit. The loser
     * runs once more and now finds the winner's user, so both browsers sign in as the one user.
     * (The sealed state is not single-use, so running the completion again is allowed; OIDC codes
     * are single-use upstream, so an OIDC loser's second run is refused by its provider instead.)
     */
    private static dev.cairn.core.federation.FederatedSignIn.Completion firstSignInRace(
            Supplier<dev.cairn.core.federation.FederatedSignIn.Completion> completion) {
        try {
            return completion.get();
        } catch (dev.cairn.api.error.UsernameExistsException lostTheRace) {
            return completion.get();
        }
    }

    /**
     * {@code POST /saml2/idpresponse}: a SAML provider's Response and RelayState. As
     * {@link #oauth2IdpResponse}: the user it signed in gets a hosted session and the client its code.
     */
    public dev.cairn.core.federation.FederatedSignIn.Completion saml2IdpResponse(String userPoolId, String samlResponse, String relayState,
                                                                                 String idpResponseUrl) {
        var done = firstSignInRace(() -> write("Saml2IdpResponse", null, () -> core.federation().signIn().completeSaml(userPoolId, samlResponse,
                relayState, idpResponseUrl)));
        if (done.answer() != null) return done;
        return new dev.cairn.core.federation.FederatedSignIn.Completion(done.sessionCookie(), done.request(),
                oauth2Authorize(userPoolId, done.request(), done.sessionCookie()));
    }

    /**
     * A sign-in on the hosted login page of a pool's domain, through the same decisions as any
     * sign-in: the hosted session cookie, or the challenge to answer next.
     *
     * @throws CognitoException as InitiateAuth raises it (NotAuthorizedException, UserNotConfirmedException ...)
     */
    public dev.cairn.core.hosted.HostedLogin.Result hostedSignIn(String userPoolId, String clientId, String username, String password,
                                                                 String sourceIp) {
        return write("HostedSignIn", null, () -> core.hostedLogin().signIn(userPoolId, clientId, username, password, sourceIp));
    }

    /** The answer to a hosted sign-in's challenge (NEW_PASSWORD_REQUIRED, an MFA code). */
    public dev.cairn.core.hosted.HostedLogin.Result hostedRespond(String userPoolId, String clientId, String challengeName,
                                                                  java.util.Map<String, String> responses, String session, String sourceIp) {
        return write("HostedRespond", null, () -> core.hostedLogin().respond(userPoolId, clientId, challengeName, responses, session, sourceIp));
    }

    /**
     * The SECRET_HASH the hosted pages send with SignUp, ConfirmSignUp, ForgotPassword and
     * ConfirmForgotPassword, acting as the app client (null for a client without a secret).
     */
    public String hostedSecretHash(String userPoolId, String clientId, String username) {
        return core.appClients().secretHashFor(core.appClients().require(userPoolId, clientId), username);
    }

    /**
     * Whether the {@code /logout} endpoint of a pool's domain may send the browser to {@code logoutUri}.
     *
     * @throws dev.cairn.core.engine.OAuthException invalid_request when it is not one of the client's LogoutURLs
     */
    public void oauth2CheckLogout(String userPoolId, String clientId, String logoutUri) {
        write("OAuth2Logout", null, () -> {
            core.poolDirectory().require(userPoolId);
            core.axon().send(new dev.cairn.core.userpool.Commands.CheckLogout(userPoolId, clientId, logoutUri));
            return () -> null;
        });
    }

    /**
     * The {@code /oauth2/userInfo} endpoint of a pool's domain.
     *
     * @throws dev.cairn.core.engine.OAuthException invalid_token (401) or insufficient_scope (403)
     */
    public java.util.Map<String, Object> oauth2UserInfo(String userPoolId, String accessToken) {
        return read("OAuth2UserInfo", null, () -> core.userInfo().userInfo(userPoolId, accessToken));
    }

    // ------------------------------------------------------------------ tags

    @Override
    public TagResourceResponse tagResource(TagResourceRequest r) {
        return write(r, () -> core.tags().tagResource(r));
    }

    @Override
    public UntagResourceResponse untagResource(UntagResourceRequest r) {
        return write(r, () -> core.tags().untagResource(r));
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r) {
        return read(r, () -> core.tags().listTagsForResource(r));
    }

    // ------------------------------------------------------------------ log delivery

    @Override
    public SetLogDeliveryConfigurationResponse setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest r) {
        return write(r, () -> core.logDelivery().setLogDeliveryConfiguration(r));
    }

    @Override
    public GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest r) {
        return read(r, () -> core.logDelivery().getLogDeliveryConfiguration(r));
    }

    // ------------------------------------------------------------------ user import

    @Override
    public CreateUserImportJobResponse createUserImportJob(CreateUserImportJobRequest r) {
        return write(r, () -> core.imports().createUserImportJob(r));
    }

    @Override
    public DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest r) {
        return read(r, () -> core.imports().describeUserImportJob(r));
    }

    @Override
    public ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest r) {
        return read(r, () -> core.imports().listUserImportJobs(r));
    }

    @Override
    public StartUserImportJobResponse startUserImportJob(StartUserImportJobRequest r) {
        return write(r, () -> core.imports().startUserImportJob(r));
    }

    @Override
    public StopUserImportJobResponse stopUserImportJob(StopUserImportJobRequest r) {
        return write(r, () -> core.imports().stopUserImportJob(r));
    }

    @Override
    public GetCSVHeaderResponse getCSVHeader(GetCSVHeaderRequest r) {
        return read(r, () -> core.imports().getCSVHeader(r));
    }

    /**
     * The CSV file PUT to an import job's pre-signed URL ({@code .../_user-import/{jobId}?token=...}):
     * kept, sealed, for the job if the token is the one its URL carries and the job has not started;
     * answers whether it was. At most {@link dev.cairn.core.userimport.UserImportService#MAX_FILE_BYTES}.
     */
    public boolean uploadUserImportFile(String jobId, String token, byte[] csv) {
        return write("UserImportUpload", null, () -> {
            boolean accepted = core.imports().upload(jobId, token, csv);
            return () -> accepted;
        });
    }

    /**
     * Runs a started (Pending) import job on this engine now, if this engine wins it; answers whether
     * it did. Engines run started jobs in the background by themselves (unless built with
     * {@code runUserImportJobs(false)}); this is for hosts that schedule them, and for tests.
     */
    public boolean runUserImportJob(String userPoolId, String jobId) {
        return core.imports().runner().run(userPoolId, jobId);
    }

    /**
     * Tells the engine where a server serves import jobs' pre-signed URLs from now on
     * ({@code {base}/_user-import/{jobId}?token=...}); the server calls it with its endpoint once it listens.
     */
    public void serveUserImportUploadsAt(String base) {
        core.imports().uploadBase(base);
    }

    /** The row errors an import job logged (where Cognito writes them to CloudWatch Logs), in line order. */
    public List<dev.cairn.api.event.UserImportBatchImported.RowError> userImportJobErrors(String userPoolId, String jobId) {
        try {
            return core.imports().rowErrors(userPoolId, jobId);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    // ------------------------------------------------------------------ authentication events

    @Override
    public AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest r) {
        return read(r, () -> core.authEvents().adminListUserAuthEvents(r));
    }

    @Override
    public AdminUpdateAuthEventFeedbackResponse adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest r) {
        return write(r, () -> core.authEvents().adminUpdateAuthEventFeedback(r));
    }

    @Override
    public UpdateAuthEventFeedbackResponse updateAuthEventFeedback(UpdateAuthEventFeedbackRequest r) {
        return write(r, () -> core.authEvents().updateAuthEventFeedback(r));
    }

    /**
     * The FeedbackToken of one of a user's authentication events, as Cognito puts it in the links of
     * its notification emails: for UpdateAuthEventFeedback. Opaque, and made only with the engine's data key.
     */
    public String authEventFeedbackToken(String userPoolId, String sub, String eventId) {
        return core.authEvents().feedbackToken(userPoolId, sub, eventId);
    }

    // ------------------------------------------------------------------ threat protection

    @Override
    public SetRiskConfigurationResponse setRiskConfiguration(SetRiskConfigurationRequest r) {
        return write(r, () -> core.risk().setRiskConfiguration(r));
    }

    @Override
    public DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest r) {
        return read(r, () -> core.risk().describeRiskConfiguration(r));
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
                    r.userContextData() == null ? null : r.userContextData().ipAddress(), false, r.clientMetadata()));
            return () -> {
                var o = outcome.get();
                return InitiateAuthResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session())
                        .availableChallenges(o.availableChallenges()).build();
            };
        });
    }

    @Override
    public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest r) {
        return write(r, () -> {
            var outcome = core.auth().initiate(new AuthService.Attempt(r.userPoolId(), r.clientId(), r.authFlow(), r.authParameters(),
                    r.contextData() == null ? null : r.contextData().ipAddress(), true, r.clientMetadata()));
            return () -> {
                var o = outcome.get();
                return AdminInitiateAuthResponse.builder().authenticationResult(o.tokens()).challengeName(o.challengeName())
                        .challengeParameters(o.challengeParameters()).session(o.session())
                        .availableChallenges(o.availableChallenges()).build();
            };
        });
    }

    @Override
    public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest r) {
        return write(r, () -> {
            var outcome = core.auth().respond(null, r.clientId(), r.challengeName(), r.challengeResponses(), r.session(),
                    r.userContextData() == null ? null : r.userContextData().ipAddress(), false, r.clientMetadata());
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
                    r.contextData() == null ? null : r.contextData().ipAddress(), true, r.clientMetadata());
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
        return write("RotateSigningKey", DescribeUserPoolRequest.builder().userPoolId(userPoolId).build(), () -> core.tokens().rotateSigningKey(userPoolId));
    }

    /** The pool's published signing keys as a JWKS document ({@code {"keys":[...]}}). */
    public String jwks(String userPoolId) {
        return read("Jwks", DescribeUserPoolRequest.builder().userPoolId(userPoolId).build(),
                () -> core.keys().jwks(core.poolDirectory().require(userPoolId)).toJson());
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

    // ------------------------------------------------------------------ MFA

    @Override
    public SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest r) {
        return write(r, () -> core.pools().setUserPoolMfaConfig(r));
    }

    @Override
    public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest r) {
        return read(r, () -> core.pools().getUserPoolMfaConfig(r));
    }

    @Override
    public SetUserMFAPreferenceResponse setUserMFAPreference(SetUserMFAPreferenceRequest r) {
        return write(r, () -> core.mfa().setUserMFAPreference(r));
    }

    @Override
    public AdminSetUserMFAPreferenceResponse adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest r) {
        return write(r, () -> core.mfa().adminSetUserMFAPreference(r));
    }

    @Override
    public SetUserSettingsResponse setUserSettings(SetUserSettingsRequest r) {
        return write(r, () -> core.mfa().setUserSettings(r));
    }

    @Override
    public AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest r) {
        return write(r, () -> core.mfa().adminSetUserSettings(r));
    }

    @Override
    public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest r) {
        return write(r, () -> core.mfa().associateSoftwareToken(r));
    }

    @Override
    public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest r) {
        return write(r, () -> core.mfa().verifySoftwareToken(r));
    }

    // ------------------------------------------------------------------ devices

    @Override
    public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest r) {
        return write(r, () -> core.devices().confirmDevice(r));
    }

    @Override
    public GetDeviceResponse getDevice(GetDeviceRequest r) {
        return read(r, () -> core.devices().getDevice(r));
    }

    @Override
    public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest r) {
        return read(r, () -> core.devices().adminGetDevice(r));
    }

    @Override
    public ListDevicesResponse listDevices(ListDevicesRequest r) {
        return read(r, () -> core.devices().listDevices(r));
    }

    @Override
    public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest r) {
        return read(r, () -> core.devices().adminListDevices(r));
    }

    @Override
    public UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest r) {
        return write(r, () -> core.devices().updateDeviceStatus(r));
    }

    @Override
    public AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest r) {
        return write(r, () -> core.devices().adminUpdateDeviceStatus(r));
    }

    @Override
    public void forgetDevice(ForgetDeviceRequest r) {
        run(r, () -> core.devices().forgetDevice(r));
    }

    @Override
    public void adminForgetDevice(AdminForgetDeviceRequest r) {
        run(r, () -> core.devices().adminForgetDevice(r));
    }

    // ------------------------------------------------------------------ passkeys, sign-in factors, refresh token rotation

    @Override
    public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest r) {
        return write(r, () -> core.passkeys().startWebAuthnRegistration(r));
    }

    @Override
    public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest r) {
        return write(r, () -> core.passkeys().completeWebAuthnRegistration(r));
    }

    @Override
    public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest r) {
        return read(r, () -> core.passkeys().listWebAuthnCredentials(r));
    }

    @Override
    public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest r) {
        return write(r, () -> core.passkeys().deleteWebAuthnCredential(r));
    }

    @Override
    public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest r) {
        return read(r, () -> core.passkeys().getUserAuthFactors(r));
    }

    @Override
    public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest r) {
        return write(r, () -> {
            var outcome = core.auth().getTokensFromRefreshToken(r.clientId(), r.refreshToken(), r.clientSecret(), r.deviceKey(),
                    AxonRuntime.currentContext().sourceIp());
            return () -> GetTokensFromRefreshTokenResponse.builder().authenticationResult(outcome.get().tokens()).build();
        });
    }
}

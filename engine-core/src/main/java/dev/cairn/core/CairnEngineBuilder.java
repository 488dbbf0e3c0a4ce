package dev.cairn.core;

import dev.cairn.api.RequestContext;
import dev.cairn.api.spi.MessageDelivery;
import dev.cairn.core.audit.AuditService;
import dev.cairn.core.auth.AuthService;
import dev.cairn.core.auth.AuthSession;
import dev.cairn.core.hosted.AuthorizeEndpoint;
import dev.cairn.core.hosted.HostedLogin;
import dev.cairn.core.hosted.HostedSessions;
import dev.cairn.core.hosted.UserInfoEndpoint;
import dev.cairn.core.oauth.AuthorizationCode;
import dev.cairn.core.auth.TokenOperations;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.claim.ClaimProjection;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.client.ClientService;
import dev.cairn.core.crypto.DataKey;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.decoy.Decoys;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.device.DeviceProjection;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.group.GroupService;
import dev.cairn.core.oauth.ResourceServerService;
import dev.cairn.core.oauth.TokenEndpoint;
import dev.cairn.core.domain.DomainService;
import dev.cairn.core.federation.FederatedSignIn;
import dev.cairn.core.federation.Federation;
import dev.cairn.core.federation.IdentityProviderService;
import dev.cairn.core.federation.MetadataDocuments;
import dev.cairn.core.federation.ProviderLinks;
import dev.cairn.core.metrics.EngineMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import dev.cairn.core.password.PasswordService;
import dev.cairn.core.personal.Erasure;
import dev.cairn.core.personal.PersonalDataSealer;
import dev.cairn.core.personal.SealingEventStorageEngine;
import dev.cairn.core.personal.UserKeys;
import dev.cairn.core.signup.SignUpService;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.auth.PoolKeys;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.auth.TokenIssuer;
import dev.cairn.core.verification.AliasTransfers;
import dev.cairn.core.admin.Invitations;
import dev.cairn.core.user.ListUsersQuery;
import dev.cairn.core.usermfa.UserMfaService;
import dev.cairn.core.userpasskeys.UserPasskeyService;
import dev.cairn.core.userdevices.UserDeviceService;
import dev.cairn.core.verification.PasswordResets;
import dev.cairn.core.selfservice.SelfService;
import dev.cairn.core.user.User;
import dev.cairn.core.admin.UserAdminService;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserProjection;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolProjection;
import dev.cairn.core.userpool.UserPool;
import dev.cairn.core.userpool.UserPoolService;
import dev.cairn.core.validation.ModelValidator;
import dev.cairn.core.verification.Codes;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.trigger.MessageTriggers;
import dev.cairn.core.trigger.EmbeddedLambdaInvoker;
import dev.cairn.core.trigger.LambdaHandler;
import dev.cairn.api.spi.LambdaInvoker;
import dev.cairn.core.auth.UserMigration;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.core.trigger.CustomSenderCode;

/**
 * Builds a {@link CairnEngine}: every setting has a default, {@link #build()} fails fast on a bad
 * one, and the engine's parts are made and wired here, each given by its constructor exactly what
 * it needs.
 */
public final class CairnEngineBuilder {
    private Storage storage;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random;
    private MessageDelivery delivery;
    private String region = "us-east-1";
    private String accountId = "000000000000";
    private java.nio.file.Path activityLogFolder;
    private String uploadBase = "http://localhost:9229";
    private boolean runUserImportJobs = true;
    private dev.cairn.core.risk.BreachedPasswords breachedPasswords = dev.cairn.core.risk.BreachedPasswords.NONE;
    private byte[] masterKey;
    private RequestContext defaultContext = new RequestContext("ADMIN", "host", null, null, null);
    private long aggregateCacheSize = 100_000;
    private String issuerBase;
    private MeterRegistry meterRegistry;
    private final java.util.Map<String, LambdaHandler> lambdaFunctions = new java.util.LinkedHashMap<>();
    private LambdaInvoker lambdaInvoker;
    private byte[] customSenderKey;

    CairnEngineBuilder() {
    }

    /** Where the log and read models live. Default: in memory. */
    public CairnEngineBuilder storage(Storage storage) {
        this.storage = storage;
        return this;
    }

    /** The clock for every timestamp the engine writes. Default: the system's UTC clock. */
    public CairnEngineBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Randomness for ids, salts, secrets and temporary passwords. Default: a SecureRandom. */
    public CairnEngineBuilder random(RandomGenerator random) {
        this.random = random;
        return this;
    }

    /** Where emails and SMS go. Default: an {@link Outbox} that keeps them. */
    public CairnEngineBuilder messageDelivery(MessageDelivery delivery) {
        this.delivery = delivery;
        return this;
    }

    /** The AWS region in pool ids and ARNs. Default: us-east-1. */
    public CairnEngineBuilder region(String region) {
        this.region = region;
        return this;
    }

    /** The account id in ARNs. Default: 000000000000. */
    public CairnEngineBuilder accountId(String accountId) {
        this.accountId = accountId;
        return this;
    }

    /**
     * The 32-byte master key, kept outside the database, that seals the engine's data key (which
     * seals every secret in the log); the database alone then opens nothing. Default: none, and
     * the storage keeps the data key in the clear. See {@link DataKey}.
     */
    public CairnEngineBuilder masterKey(byte[] key) {
        this.masterKey = key.clone();
        return this;
    }

    /** Who acts when the host calls the engine directly. Default: ADMIN "host". */
    public CairnEngineBuilder defaultContext(RequestContext context) {
        this.defaultContext = context;
        return this;
    }

    /**
     * Where token issuers live: tokens carry {@code iss = issuerBase + "/" + poolId}. Default:
     * Cognito's form, {@code https://cognito-idp.<region>.amazonaws.com}; the local server sets
     * its own endpoint.
     */
    public CairnEngineBuilder issuerBase(String issuerBase) {
        this.issuerBase = issuerBase;
        return this;
    }

    /**
     * Where the engine records its metrics (per-operation calls, latencies and errors by Cognito
     * error type, sign-ins by flow, log append and commit latencies, cache hit rates; see
     * {@link EngineMetrics}). Default: none, and every meter is a no-op.
     */
    public CairnEngineBuilder meterRegistry(MeterRegistry registry) {
        this.meterRegistry = registry;
        return this;
    }

    /**
     * A trigger function run in this JVM for the function a pool's {@code LambdaConfig} names by
     * {@code functionArnOrName}: its full ARN, or its name (the ARN's {@code function:NAME} part).
     * A function registered here is found before the {@link #lambdaInvoker}'s. Default: none.
     */
    public CairnEngineBuilder lambdaFunction(String functionArnOrName, LambdaHandler handler) {
        lambdaFunctions.put(java.util.Objects.requireNonNull(functionArnOrName), java.util.Objects.requireNonNull(handler));
        return this;
    }

    /**
     * How functions not registered with {@link #lambdaFunction} are invoked, e.g. a
     * {@link HttpLambdaInvoker} on a Lambda-compatible endpoint. Default:
     * none, and a trigger naming such a function fails as a missing function does
     * ({@code UnexpectedLambdaException}).
     */
    public CairnEngineBuilder lambdaInvoker(LambdaInvoker invoker) {
        this.lambdaInvoker = invoker;
        return this;
    }

    /**
     * The 32-byte key that encrypts the code a CustomSMSSender or CustomEmailSender function gets, in
     * place of Cognito's KMS key (format: {@link CustomSenderCode}). Default:
     * none, and a pool with a custom sender fails to send codes.
     */
    public CairnEngineBuilder customSenderKey(byte[] key) {
        if (key.length != 32) throw new IllegalArgumentException("The custom sender key must be 32 bytes");
        this.customSenderKey = key.clone();
        return this;
    }

    /** How many aggregates each repository keeps in memory. Default: 100,000. */
    public CairnEngineBuilder aggregateCacheSize(long size) {
        this.aggregateCacheSize = size;
        return this;
    }

    /**
     * The folder where pools that configure user activity logging (SetLogDeliveryConfiguration,
     * {@code userAuthEvents}) have their records written, one JSON Lines file per pool
     * ({@code {userPoolId}.jsonl}), in place of Cognito's CloudWatch Logs, S3 or Firehose
     * destinations. Default: none, and the configuration is kept but no record is written.
     */
    public CairnEngineBuilder activityLogFolder(java.nio.file.Path folder) {
        this.activityLogFolder = folder;
        return this;
    }

    /**
     * Where clients reach the server that serves import jobs' pre-signed URLs ({@code {base}/_user-import/{jobId}?token=...}).
     * Default: {@code http://localhost:9229}, the standalone server's; the server sets its endpoint.
     */
    public CairnEngineBuilder userImportUploadBase(String base) {
        this.uploadBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return this;
    }

    /**
     * Whether started user import jobs run in the background on this engine (the node that wins a
     * job's claim runs it). Default: true; false leaves them to {@link CairnEngine#runUserImportJob}.
     */
    public CairnEngineBuilder runUserImportJobs(boolean run) {
        this.runUserImportJobs = run;
        return this;
    }

    /**
     * The breached passwords that threat protection's compromised-credentials check refuses (where a
     * pool or client blocks compromised credentials at sign-in): see {@link dev.cairn.core.risk.BreachedPasswords}
     * for the file's format (one SHA-1 hash a line). Default: none.
     */
    public CairnEngineBuilder breachedPasswords(java.nio.file.Path file) {
        this.breachedPasswords = dev.cairn.core.risk.BreachedPasswords.load(file);
        return this;
    }

    public CairnEngine build() {
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) throw new IllegalArgumentException("Not an AWS region: " + region);
        if (!accountId.matches("\\d{12}")) throw new IllegalArgumentException("Not an account id: " + accountId);
        Storage s = storage != null ? storage : new InMemoryStorage();
        RandomGenerator rnd = random != null ? random : new SecureRandom();
        MessageDelivery d = delivery != null ? delivery : new Outbox();
        SecretBox secrets = new SecretBox(DataKey.resolve(s, masterKey), rnd);
        Ids ids = new Ids(rnd);
        PoolDirectory pools = new PoolDirectory(s.pools());
        UserDirectory users = new UserDirectory(s.claims(), s.users());
        UserKeys userKeys = new UserKeys(s.personalDataKeys(), secrets, rnd, aggregateCacheSize);
        EngineMetrics metrics = new EngineMetrics(meterRegistry);
        s.reportCommitTimes(metrics.commitTimes());
        UserProjection userProjection = new UserProjection(s.users(), users);
        dev.cairn.core.claim.BufferedClaims projectedClaims = new dev.cairn.core.claim.BufferedClaims(s.claims());
        PersonalDataSealer sealer = new PersonalDataSealer(userKeys, rnd);
        AxonRuntime axon = new AxonRuntime(s, log -> metrics.eventLog(new SealingEventStorageEngine(log, sealer)), List.of(UserPool.class, User.class, AuthSession.class, AuthorizationCode.class,
                        dev.cairn.core.userimport.UserImportJob.class),
                List.of(new ClaimProjection(projectedClaims), new PoolProjection(s.pools(), s.users(), projectedClaims), userProjection,
                        new DeviceProjection(s.devices())),
                aggregateCacheSize);
        axon.aggregateCaches().forEach((type, cache) -> metrics.cache("aggregates." + type, cache));
        metrics.cache("pools", pools.cache());
        metrics.cache("users", users.cache());
        metrics.cache("user-keys", userKeys.cache());
        Deliveries deliveries = new Deliveries(d);
        String issuers = issuerBase != null ? issuerBase : "https://cognito-idp." + region + ".amazonaws.com";
        PoolKeys keys = new PoolKeys(secrets);
        AppClients appClients = new AppClients(s.claims(), pools, secrets);
        TokenIssuer issuer = new TokenIssuer(keys, ids, issuers);
        RefreshTokens refresh = new RefreshTokens(secrets, rnd);
        AccessTokens access = new AccessTokens(pools, users, keys, issuer);
        Triggers triggers = new Triggers(
                new EmbeddedLambdaInvoker(lambdaFunctions, lambdaInvoker), axon, ids, region);
        MessageTriggers messages = new MessageTriggers(triggers, deliveries, customSenderKey, rnd);
        Codes codes = new Codes(axon, clock, rnd, secrets, messages);
        AliasTransfers aliases = new AliasTransfers(axon, s);
        PasswordResets resets = new PasswordResets(codes);
        Decoys decoys = new Decoys(secrets);
        PageTokens pages = new PageTokens(secrets);
        AuthService auth = new AuthService(axon, pools, users, clock, rnd, ids, secrets, appClients, issuer, refresh, decoys, deliveries, messages,
                new dev.cairn.core.risk.RiskChecks(breachedPasswords));
        HostedSessions hostedSessions = new HostedSessions(secrets);
        MetadataDocuments documents = new MetadataDocuments();
        TokenOperations tokenOps = new TokenOperations(axon, pools, users, clock, rnd, secrets, region, appClients, access, refresh, keys);
        var importFiles = new dev.cairn.core.userimport.ImportFiles(s, secrets);
        CairnEngine.Core core = new CairnEngine.Core(axon, s, pools, clock, d, new ModelValidator(),
                new UserPoolService(axon, pools, s, rnd, ids, secrets, region, accountId, pages),
                new ClientService(axon, pools, ids, secrets, pages, clock), new GroupService(axon, pools, users, s, pages),
                new UserAdminService(axon, pools, users, rnd, ids, new Invitations(axon, clock, messages), aliases, resets, triggers),
                new ListUsersQuery(pools, s, pages), new AuditService(axon, pools, users, s, secrets, clock,
                        new dev.cairn.core.audit.Rebuild(axon, s, pools, userProjection, projectedClaims, sealer)),
                auth,
                tokenOps, keys, issuers,
                new SignUpService(axon, pools, users, s, clock, rnd, ids, appClients, codes, aliases, decoys, triggers),
                new PasswordService(axon, pools, users, clock, rnd, appClients, codes, resets, access, decoys,
                        new UserMigration(axon, triggers, clock, rnd, ids), triggers),
                new SelfService(axon, clock, access, codes), userKeys, new Erasure(axon, userKeys), metrics,
                new UserMfaService(axon, pools, users, clock, rnd, access, auth),
                new UserDeviceService(axon, pools, users, s.devices(), clock, access, pages),
                new ResourceServerService(axon, pools, pages), new DomainService(axon, pools, s.claims()),
                new TokenEndpoint(axon, pools, appClients, issuer, clock, auth, tokenOps, users, refresh, ids, triggers),
                new AuthorizeEndpoint(axon, pools, users, hostedSessions, issuer, ids, clock, triggers), new HostedLogin(auth, hostedSessions, clock),
                new UserInfoEndpoint(access, clock), appClients,
                new UserPasskeyService(axon, clock, rnd, access, pages),

                new Federation(new IdentityProviderService(axon, pools, secrets, pages, documents),
                        new ProviderLinks(axon, pools, users),
                        new FederatedSignIn(axon, pools, users, secrets, hostedSessions, documents, ids, clock, triggers),
                        new dev.cairn.core.terms.TermsService(axon, pools, pages, ids)),

                new dev.cairn.core.tags.TagService(axon, pools),
                new dev.cairn.core.activity.LogDeliveryService(axon, pools),
                new dev.cairn.core.userimport.UserImportService(axon, pools, secrets, rnd, pages, importFiles,
                        new dev.cairn.core.userimport.ImportRunner(axon, pools, s.claims(), importFiles, ids, clock), uploadBase, runUserImportJobs),
                new dev.cairn.core.activity.AuthEventService(axon, pools, users, pages, secrets),
                new dev.cairn.core.risk.RiskConfigurationService(axon, pools),
                new dev.cairn.core.branding.ManagedLoginBrandingService(axon, pools, ids));
        if (activityLogFolder != null) axon.afterCommit(new dev.cairn.core.activity.ActivityLog(activityLogFolder, pools)::committed);
        return new CairnEngine(core, defaultContext);
    }
}

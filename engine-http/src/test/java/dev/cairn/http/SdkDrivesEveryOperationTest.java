package dev.cairn.http;

import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.audit.HistoryEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The real AWS SDK for Java v2 drives each operation the engine implements over HTTP, and gets
 * the SDK's own typed exceptions for Cognito's errors. The last check fails when an operation is
 * added to the engine without being driven here.
 */
class SdkDrivesEveryOperationTest {

    /** Every operation the SDK sent in this class, by the SDK's own name for it. */
    private static final Set<String> CALLED = new ConcurrentSkipListSet<>();

    static WireTarget fixture;
    static CognitoIdentityProviderClient cognito;

    @BeforeAll
    static void start() {
        drive(new WireFixture());
    }

    /** Makes {@code target} the server every test of the class drives (a subclass drives another). */
    static void drive(WireTarget target) {
        CALLED.clear();
        fixture = target;
        cognito = fixture.sdk(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                CALLED.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        });
    }

    @AfterAll
    static void everyEngineOperationWasDriven() {
        try {
            Set<String> implemented = Arrays.stream(CognitoIdentityProvider.class.getMethods())
                    .map(m -> Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(CALLED).as("operations driven through the SDK").containsAll(implemented);
        } finally {
            cognito.close();
            fixture.close();
        }
    }

    private static String newPool(String name) {
        return cognito.createUserPool(b -> b.poolName(name)).userPool().id();
    }

    private static void newUser(String pool, String username, String email) {
        cognito.adminCreateUser(b -> b.userPoolId(pool).username(username).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(email).build()));
    }

    @Test
    void poolsAreCreatedDescribedUpdatedListedExtendedAndDeleted() {
        CreateUserPoolResponse created = cognito.createUserPool(b -> b.poolName("pools").usernameAttributes(UsernameAttributeType.EMAIL));
        String pool = created.userPool().id();
        assertThat(pool).startsWith("us-east-1_");
        assertThat(created.userPool().creationDate()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));

        cognito.updateUserPool(b -> b.userPoolId(pool).userPoolTags(Map.of("team", "identity")));
        cognito.addCustomAttributes(b -> b.userPoolId(pool).customAttributes(SchemaAttributeType.builder()
                .name("tier").attributeDataType(AttributeDataType.STRING).mutable(true).build()));
        UserPoolType described = cognito.describeUserPool(b -> b.userPoolId(pool)).userPool();
        assertThat(described.name()).isEqualTo("pools");
        assertThat(described.usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
        assertThat(described.userPoolTags()).containsEntry("team", "identity");
        assertThat(described.schemaAttributes()).extracting(SchemaAttributeType::name).contains("custom:tier", "email");
        assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools()).extracting(UserPoolDescriptionType::id).contains(pool);

        cognito.deleteUserPool(b -> b.userPoolId(pool));
        assertThatThrownBy(() -> cognito.describeUserPool(b -> b.userPoolId(pool))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aPoolIsTaggedUntaggedAndListedByItsArn() {
        UserPoolType created = cognito.createUserPool(b -> b.poolName("tags").userPoolTags(Map.of("team", "identity"))).userPool();
        String arn = created.arn();
        assertThat(arn).isEqualTo("arn:aws:cognito-idp:us-east-1:" + arn.split(":")[4] + ":userpool/" + created.id());
        cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("stage", "prod", "team", "accounts")));
        cognito.untagResource(b -> b.resourceArn(arn).tagKeys("stage"));
        assertThat(cognito.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("team", "accounts"));
        assertThat(cognito.describeUserPool(b -> b.userPoolId(created.id())).userPool().userPoolTags()).isEqualTo(Map.of("team", "accounts"));
        String unknown = arn.replace(created.id(), "us-east-1_missing00");
        assertThatThrownBy(() -> cognito.listTagsForResource(b -> b.resourceArn(unknown))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("aws:x", "y"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aPoolConfiguresItsActivityLogging() {
        String pool = cognito.createUserPool(b -> b.poolName("logs").userPoolTier(UserPoolTierType.PLUS)).userPool().id();
        LogConfigurationType activity = LogConfigurationType.builder().eventSource(EventSourceName.USER_AUTH_EVENTS).logLevel(LogLevel.INFO)
                .firehoseConfiguration(f -> f.streamArn("arn:aws:firehose:us-east-1:000000000000:deliverystream/cognito")).build();
        assertThat(cognito.setLogDeliveryConfiguration(b -> b.userPoolId(pool).logConfigurations(activity))
                .logDeliveryConfiguration().logConfigurations()).containsExactly(activity);
        assertThat(cognito.getLogDeliveryConfiguration(b -> b.userPoolId(pool)).logDeliveryConfiguration().logConfigurations())
                .containsExactly(activity);
        assertThatThrownBy(() -> cognito.setLogDeliveryConfiguration(b -> b.userPoolId(pool).logConfigurations(
                activity.toBuilder().logLevel(LogLevel.ERROR).build()))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void usersAreImportedFromACsvFilePutToTheJobsPreSignedUrl() throws Exception {
        String pool = newPool("import");
        List<String> header = cognito.getCSVHeader(b -> b.userPoolId(pool)).csvHeader();
        assertThat(header).startsWith("name", "given_name").endsWith("cognito:mfa_enabled", "cognito:username");
        UserImportJobType job = cognito.createUserImportJob(b -> b.userPoolId(pool).jobName("wire")
                .cloudWatchLogsRoleArn("arn:aws:iam::000000000000:role/CognitoImport")).userImportJob();
        assertThat(job.status()).isEqualTo(UserImportJobStatusType.CREATED);
        String csv = "cognito:username,email,email_verified,cognito:mfa_enabled\nwire-ann,ann@example.com,true,false\n,x@example.com,true,false\n";
        // The URL names the server's public endpoint (a balancer, where there is one); the test reaches a node directly.
        URI url = URI.create(job.preSignedUrl());
        assertThat(url.getRawPath()).isEqualTo("/_user-import/" + job.jobId());
        String pathAndQuery = url.getRawPath() + "?" + url.getRawQuery();
        assertThat(fixture.put(pathAndQuery.replaceAll("token=.*", "token=forged"), csv).statusCode()).isEqualTo(403);
        assertThat(fixture.put(pathAndQuery, csv).statusCode()).isEqualTo(200);
        assertThat(fixture.put(pathAndQuery, csv).statusCode()).isEqualTo(200); // a second PUT replaces the first, as on S3

        assertThat(cognito.startUserImportJob(b -> b.userPoolId(pool).jobId(job.jobId())).userImportJob().status())
                .isIn(UserImportJobStatusType.PENDING, UserImportJobStatusType.IN_PROGRESS, UserImportJobStatusType.SUCCEEDED);
        UserImportJobType done = job;
        for (int i = 0; i < 500 && done.status() != UserImportJobStatusType.SUCCEEDED; i++) {
            Thread.sleep(20);
            done = cognito.describeUserImportJob(b -> b.userPoolId(pool).jobId(job.jobId())).userImportJob();
        }
        assertThat(done.status()).isEqualTo(UserImportJobStatusType.SUCCEEDED);
        assertThat(done.importedUsers()).isEqualTo(1);
        assertThat(done.failedUsers()).isEqualTo(1);
        assertThat(cognito.listUserImportJobs(b -> b.userPoolId(pool).maxResults(10)).userImportJobs())
                .extracting(UserImportJobType::jobId).containsExactly(job.jobId());
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("wire-ann")).userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
        assertThatThrownBy(() -> cognito.stopUserImportJob(b -> b.userPoolId(pool).jobId(job.jobId())))
                .isInstanceOf(PreconditionNotMetException.class);
    }

    @Test
    void aUsersAuthenticationEventsAreListedAndTakeFeedback() {
        String pool = cognito.createUserPool(b -> b.poolName("auth-events").userPoolTier(UserPoolTierType.PLUS)).userPool().id();
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        cognito.signUp(b -> b.clientId(client).username("eve").password("Corr3ct-Horse!")
                .userContextData(c -> c.ipAddress("198.51.100.9")));
        cognito.adminConfirmSignUp(b -> b.userPoolId(pool).username("eve"));
        cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "eve", "PASSWORD", "Corr3ct-Horse!")).userContextData(c -> c.ipAddress("198.51.100.9")));
        List<AuthEventType> events = cognito.adminListUserAuthEvents(b -> b.userPoolId(pool).username("eve").maxResults(10)).authEvents();
        assertThat(events).extracting(AuthEventType::eventType).containsExactly(EventType.SIGN_IN, EventType.SIGN_UP);
        assertThat(events.get(0).eventResponse()).isEqualTo(EventResponseType.PASS);
        assertThat(events.get(0).eventContextData().ipAddress()).isEqualTo("198.51.100.9");
        String eventId = events.get(0).eventId();
        cognito.adminUpdateAuthEventFeedback(b -> b.userPoolId(pool).username("eve").eventId(eventId).feedbackValue(FeedbackValueType.VALID));
        assertThat(cognito.adminListUserAuthEvents(b -> b.userPoolId(pool).username("eve")).authEvents().get(0).eventFeedback().provider())
                .isEqualTo("Admin");
        String sub = cognito.adminGetUser(b -> b.userPoolId(pool).username("eve")).userAttributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        String token = fixture.engine().authEventFeedbackToken(pool, sub, eventId);
        cognito.updateAuthEventFeedback(b -> b.userPoolId(pool).username("eve").eventId(eventId).feedbackToken(token)
                .feedbackValue(FeedbackValueType.INVALID));
        assertThat(cognito.adminListUserAuthEvents(b -> b.userPoolId(pool).username("eve")).authEvents().get(0).eventFeedback().feedbackValue())
                .isEqualTo(FeedbackValueType.INVALID);
        assertThatThrownBy(() -> cognito.updateAuthEventFeedback(b -> b.userPoolId(pool).username("eve").eventId(eventId)
                .feedbackToken("forged").feedbackValue(FeedbackValueType.VALID))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aPoolSetsAndDescribesItsThreatProtection() {
        String pool = cognito.createUserPool(b -> b.poolName("risk").userPoolTier(UserPoolTierType.PLUS)).userPool().id();
        RiskConfigurationType set = cognito.setRiskConfiguration(b -> b.userPoolId(pool)
                .compromisedCredentialsRiskConfiguration(c -> c.eventFilter(EventFilterType.SIGN_IN)
                        .actions(a -> a.eventAction(CompromisedCredentialsEventActionType.BLOCK)))
                .riskExceptionConfiguration(r -> r.blockedIPRangeList("203.0.113.0/24"))).riskConfiguration();
        assertThat(set.clientId()).isEqualTo("ALL");
        RiskConfigurationType described = cognito.describeRiskConfiguration(b -> b.userPoolId(pool)).riskConfiguration();
        assertThat(described.riskExceptionConfiguration().blockedIPRangeList()).containsExactly("203.0.113.0/24");
        assertThat(described.compromisedCredentialsRiskConfiguration().actions().eventAction()).isEqualTo(CompromisedCredentialsEventActionType.BLOCK);
        assertThatThrownBy(() -> cognito.setRiskConfiguration(b -> b.userPoolId(pool).riskExceptionConfiguration(r -> r.skippedIPRangeList("nope"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void appClientsAreCreatedDescribedUpdatedListedAndDeleted() {
        String pool = newPool("clients");
        UserPoolClientType created = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
        assertThat(created.clientSecret()).isNotBlank();

        cognito.updateUserPoolClient(b -> b.userPoolId(pool).clientId(created.clientId()).clientName("web-2"));
        UserPoolClientType described = cognito.describeUserPoolClient(b -> b.userPoolId(pool).clientId(created.clientId())).userPoolClient();
        assertThat(described.clientName()).isEqualTo("web-2");
        assertThat(described.lastModifiedDate()).isAfterOrEqualTo(described.creationDate());
        assertThat(cognito.listUserPoolClients(b -> b.userPoolId(pool)).userPoolClients())
                .extracting(UserPoolClientDescription::clientId).containsExactly(created.clientId());

        cognito.deleteUserPoolClient(b -> b.userPoolId(pool).clientId(created.clientId()));
        assertThatThrownBy(() -> cognito.describeUserPoolClient(b -> b.userPoolId(pool).clientId(created.clientId())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void resourceServersDefineTheScopesThatClientsMayAllow() {
        String pool = newPool("resource-servers");
        ResourceServerType created = cognito.createResourceServer(b -> b.userPoolId(pool).identifier("orders").name("Orders")
                .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build())).resourceServer();
        assertThat(created.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read");
        cognito.createResourceServer(b -> b.userPoolId(pool).identifier("billing").name("Billing"));

        cognito.updateResourceServer(b -> b.userPoolId(pool).identifier("orders").name("Orders").scopes(
                ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build(),
                ResourceServerScopeType.builder().scopeName("write").scopeDescription("Write orders").build()));
        assertThat(cognito.describeResourceServer(b -> b.userPoolId(pool).identifier("orders")).resourceServer().scopes())
                .extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
        ListResourceServersResponse first = cognito.listResourceServers(b -> b.userPoolId(pool).maxResults(1));
        assertThat(first.resourceServers()).extracting(ResourceServerType::identifier).containsExactly("billing");
        assertThat(cognito.listResourceServers(b -> b.userPoolId(pool).maxResults(1).nextToken(first.nextToken())).resourceServers())
                .extracting(ResourceServerType::identifier).containsExactly("orders");

        cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("machine").generateSecret(true).allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("orders/write"));
        assertThatThrownBy(() -> cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("m2").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("orders/delete")))
                .isInstanceOfSatisfying(ScopeDoesNotExistException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid scope requested: orders/delete"));

        cognito.deleteResourceServer(b -> b.userPoolId(pool).identifier("billing"));
        assertThatThrownBy(() -> cognito.describeResourceServer(b -> b.userPoolId(pool).identifier("billing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void identityProvidersAreCreatedDescribedListedUpdatedAndDeleted() {
        String pool = newPool("idps");
        Map<String, String> details = Map.of("client_id", "corp", "client_secret", "corp-secret", "authorize_scopes", "openid email",
                "oidc_issuer", "https://idp.example.com", "attributes_request_method", "GET");
        IdentityProviderType created = cognito.createIdentityProvider(b -> b.userPoolId(pool).providerName("Corp")
                .providerType(IdentityProviderTypeType.OIDC).providerDetails(details).attributeMapping(Map.of("email", "email"))
                .idpIdentifiers("corp.example.com")).identityProvider();
        assertThat(created.providerDetails()).containsEntry("client_secret", "corp-secret").containsEntry("attributes_url_add_attributes", "false");
        assertThat(created.attributeMapping()).containsEntry("username", "sub");
        assertThatThrownBy(() -> cognito.createIdentityProvider(b -> b.userPoolId(pool).providerName("Corp")
                .providerType(IdentityProviderTypeType.OIDC).providerDetails(details)))
                .isInstanceOfSatisfying(DuplicateProviderException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Corp already exists in user pool " + pool));
        cognito.createIdentityProvider(b -> b.userPoolId(pool).providerName("Google").providerType(IdentityProviderTypeType.GOOGLE)
                .providerDetails(Map.of("client_id", "g", "client_secret", "gs", "authorize_scopes", "openid email")));
        assertThat(cognito.describeIdentityProvider(b -> b.userPoolId(pool).providerName("Google")).identityProvider().providerType())
                .isEqualTo(IdentityProviderTypeType.GOOGLE);
        assertThat(cognito.getIdentityProviderByIdentifier(b -> b.userPoolId(pool).idpIdentifier("corp.example.com")).identityProvider()
                .providerName()).isEqualTo("Corp");
        ListIdentityProvidersResponse first = cognito.listIdentityProviders(b -> b.userPoolId(pool).maxResults(1));
        assertThat(first.providers()).extracting(ProviderDescription::providerName).containsExactly("Corp");
        assertThat(cognito.listIdentityProviders(b -> b.userPoolId(pool).maxResults(1).nextToken(first.nextToken())).providers())
                .extracting(ProviderDescription::providerName).containsExactly("Google");
        assertThat(cognito.updateIdentityProvider(b -> b.userPoolId(pool).providerName("Corp").idpIdentifiers("corp")).identityProvider()
                .idpIdentifiers()).containsExactly("corp");
        assertThatThrownBy(() -> cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").supportedIdentityProviders("Okta")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The provider Okta does not exist for User Pool " + pool));
        cognito.adminCreateUser(b -> b.userPoolId(pool).username("ana").messageAction(MessageActionType.SUPPRESS));
        cognito.adminLinkProviderForUser(b -> b.userPoolId(pool)
                .destinationUser(u -> u.providerName("Cognito").providerAttributeValue("ana"))
                .sourceUser(u -> u.providerName("Google").providerAttributeName("Cognito_Subject").providerAttributeValue("g-1")));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("ana")).userAttributes())
                .anySatisfy(a -> assertThat(a.name()).isEqualTo("identities"));
        assertThatThrownBy(() -> cognito.adminLinkProviderForUser(b -> b.userPoolId(pool)
                .destinationUser(u -> u.providerName("Cognito").providerAttributeValue("ana"))
                .sourceUser(u -> u.providerName("Google").providerAttributeName("Cognito_Subject").providerAttributeValue("g-1"))))
                .isInstanceOf(InvalidParameterException.class);
        cognito.adminDisableProviderForUser(b -> b.userPoolId(pool)
                .user(u -> u.providerName("Google").providerAttributeName("Cognito_Subject").providerAttributeValue("g-1")));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("ana")).userAttributes())
                .noneSatisfy(a -> assertThat(a.name()).isEqualTo("identities"));
        cognito.deleteIdentityProvider(b -> b.userPoolId(pool).providerName("Google"));
        assertThatThrownBy(() -> cognito.describeIdentityProvider(b -> b.userPoolId(pool).providerName("Google")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void termsAreCreatedDescribedListedUpdatedAndDeleted() {
        String pool = newPool("terms");
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
        TermsType created = cognito.createTerms(b -> b.userPoolId(pool).clientId(client).termsName("terms-of-use")
                .termsSource(TermsSourceType.LINK).enforcement(TermsEnforcementType.NONE).links(Map.of("cognito:default", "https://example.com/t")))
                .terms();
        assertThat(created.links()).containsEntry("cognito:default", "https://example.com/t");
        assertThatThrownBy(() -> cognito.createTerms(b -> b.userPoolId(pool).clientId(client).termsName("terms-of-use")
                .termsSource(TermsSourceType.LINK).enforcement(TermsEnforcementType.NONE).links(Map.of("cognito:default", "https://example.com/x"))))
                .isInstanceOf(TermsExistsException.class);
        assertThat(cognito.describeTerms(b -> b.userPoolId(pool).termsId(created.termsId())).terms().termsName()).isEqualTo("terms-of-use");
        assertThat(cognito.listTerms(b -> b.userPoolId(pool)).terms()).extracting(TermsDescriptionType::termsId).containsExactly(created.termsId());
        assertThat(cognito.updateTerms(b -> b.userPoolId(pool).termsId(created.termsId()).links(Map.of("cognito:default", "https://example.com/v2")))
                .terms().links()).containsEntry("cognito:default", "https://example.com/v2");
        cognito.deleteTerms(b -> b.userPoolId(pool).termsId(created.termsId()));
        assertThatThrownBy(() -> cognito.describeTerms(b -> b.userPoolId(pool).termsId(created.termsId()))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void domainsAreCreatedDescribedUpdatedAndDeletedAndAPrefixBelongsToOnePool() {
        String pool = newPool("domains");
        String other = newPool("domains-2");
        String prefix = "sdk-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        String cert = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
        assertThat(cognito.createUserPoolDomain(b -> b.userPoolId(pool).domain(prefix)).managedLoginVersion()).isEqualTo(1);
        assertThatThrownBy(() -> cognito.createUserPoolDomain(b -> b.userPoolId(other).domain(prefix)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Domain already associated with another user pool."));
        String host = prefix + ".auth.example.com";
        assertThat(cognito.createUserPoolDomain(b -> b.userPoolId(pool).domain(host).customDomainConfig(c -> c.certificateArn(cert)))
                .cloudFrontDomain()).endsWith(".cloudfront.net");

        DomainDescriptionType described = cognito.describeUserPoolDomain(b -> b.domain(host)).domainDescription();
        assertThat(described.userPoolId()).isEqualTo(pool);
        assertThat(described.customDomainConfig().certificateArn()).isEqualTo(cert);
        assertThat(described.status()).isEqualTo(DomainStatusType.ACTIVE);
        UserPoolType poolType = cognito.describeUserPool(b -> b.userPoolId(pool)).userPool();
        assertThat(poolType.domain()).isEqualTo(prefix);
        assertThat(poolType.customDomain()).isEqualTo(host);

        assertThat(cognito.updateUserPoolDomain(b -> b.userPoolId(pool).domain(prefix).managedLoginVersion(2)).managedLoginVersion()).isEqualTo(2);
        cognito.deleteUserPoolDomain(b -> b.userPoolId(pool).domain(prefix));
        assertThat(cognito.describeUserPoolDomain(b -> b.domain(prefix)).domainDescription().userPoolId()).isNull();
    }

    @Test
    void theHostedPagesLookIsSetForThePoolAndForOneClient() {
        String pool = newPool("branding");
        String prefix = "look-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        UserPoolClientType client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient();
        assertThatThrownBy(() -> cognito.setUICustomization(b -> b.userPoolId(pool).css(".label-customizable{color:red}")))
                .isInstanceOf(InvalidParameterException.class);
        cognito.createUserPoolDomain(b -> b.userPoolId(pool).domain(prefix));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        UICustomizationType all = cognito.setUICustomization(b -> b.userPoolId(pool).css(".label-customizable{color:red}")
                .imageFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(png))).uiCustomization();
        assertThat(all.clientId()).isEqualTo("ALL");
        assertThat(all.imageUrl()).startsWith("data:image/png;base64,");
        assertThat(cognito.getUICustomization(b -> b.userPoolId(pool).clientId(client.clientId())).uiCustomization().css())
                .isEqualTo(".label-customizable{color:red}");
        cognito.setUICustomization(b -> b.userPoolId(pool).clientId(client.clientId()).css(".submitButton-customizable{background:green}"));
        UICustomizationType own = cognito.getUICustomization(b -> b.userPoolId(pool).clientId(client.clientId())).uiCustomization();
        assertThat(own.clientId()).isEqualTo(client.clientId());
        assertThat(own.css()).isEqualTo(".submitButton-customizable{background:green}");
        assertThat(own.cssVersion()).isNotBlank();
        assertThatThrownBy(() -> cognito.setUICustomization(b -> b.userPoolId(pool).css(".not-a-hosted-class{color:red}")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains(".not-a-hosted-class"));
    }

    @Test
    void anAppClientsManagedLoginStyleIsCreatedDescribedUpdatedAndDeleted() {
        String pool = newPool("managed-login");
        UserPoolClientType client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient();
        software.amazon.awssdk.core.document.Document settings = software.amazon.awssdk.core.document.Document.mapBuilder()
                .putDocument("categories", software.amazon.awssdk.core.document.Document.mapBuilder()
                        .putString("global", "light").build()).build();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        AssetType logo = AssetType.builder().category(AssetCategoryType.FORM_LOGO).colorMode(ColorSchemeModeType.LIGHT)
                .extension(AssetExtensionType.PNG).bytes(software.amazon.awssdk.core.SdkBytes.fromByteArray(png)).build();

        ManagedLoginBrandingType created = cognito.createManagedLoginBranding(b -> b.userPoolId(pool).clientId(client.clientId())
                .settings(settings).assets(logo)).managedLoginBranding();
        String id = created.managedLoginBrandingId();
        assertThat(created.useCognitoProvidedValues()).isFalse();
        assertThat(created.settings()).isEqualTo(settings);
        assertThat(created.assets()).singleElement().satisfies(a -> assertThat(a.bytes().asByteArray()).isEqualTo(png));
        assertThat(created.creationDate()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> cognito.createManagedLoginBranding(b -> b.userPoolId(pool).clientId(client.clientId()).useCognitoProvidedValues(true)))
                .isInstanceOf(ManagedLoginBrandingExistsException.class);

        assertThat(cognito.describeManagedLoginBranding(b -> b.userPoolId(pool).managedLoginBrandingId(id)).managedLoginBranding().settings())
                .isEqualTo(settings);
        assertThat(cognito.describeManagedLoginBrandingByClient(b -> b.userPoolId(pool).clientId(client.clientId()).returnMergedResources(true))
                .managedLoginBranding().managedLoginBrandingId()).isEqualTo(id);

        ManagedLoginBrandingType reset = cognito.updateManagedLoginBranding(b -> b.userPoolId(pool).managedLoginBrandingId(id)
                .useCognitoProvidedValues(true)).managedLoginBranding();
        assertThat(reset.useCognitoProvidedValues()).isTrue();
        assertThat(reset.assets()).isEmpty();
        assertThatThrownBy(() -> cognito.updateManagedLoginBranding(b -> b.userPoolId(pool).managedLoginBrandingId(id)
                .useCognitoProvidedValues(true).assets(logo))).isInstanceOf(InvalidParameterException.class);

        cognito.deleteManagedLoginBranding(b -> b.userPoolId(pool).managedLoginBrandingId(id));
        assertThatThrownBy(() -> cognito.describeManagedLoginBranding(b -> b.userPoolId(pool).managedLoginBrandingId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aConfidentialClientRotatesItsSecret() {
        String pool = newPool("rotation");
        UserPoolClientType client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("server").generateSecret(true)).userPoolClient();
        ClientSecretDescriptorType added = cognito.addUserPoolClientSecret(b -> b.userPoolId(pool).clientId(client.clientId())).clientSecretDescriptor();
        assertThat(added.clientSecretValue()).isNotBlank();
        assertThat(added.clientSecretId()).startsWith(client.clientId() + "--");
        List<ClientSecretDescriptorType> live = cognito.listUserPoolClientSecrets(b -> b.userPoolId(pool).clientId(client.clientId())).clientSecrets();
        assertThat(live).hasSize(2).allSatisfy(d -> assertThat(d.clientSecretValue()).isNull());
        assertThatThrownBy(() -> cognito.addUserPoolClientSecret(b -> b.userPoolId(pool).clientId(client.clientId())))
                .isInstanceOf(LimitExceededException.class);

        cognito.deleteUserPoolClientSecret(b -> b.userPoolId(pool).clientId(client.clientId()).clientSecretId(live.get(0).clientSecretId()));
        assertThat(cognito.listUserPoolClientSecrets(b -> b.userPoolId(pool).clientId(client.clientId())).clientSecrets())
                .extracting(ClientSecretDescriptorType::clientSecretId).containsExactly(added.clientSecretId());
        assertThatThrownBy(() -> cognito.deleteUserPoolClientSecret(b -> b.userPoolId(pool).clientId(client.clientId())
                .clientSecretId(added.clientSecretId()))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void anAdministratorManagesAUserFromCreationToDeletion() {
        String pool = newPool("users");
        AdminCreateUserResponse created = cognito.adminCreateUser(b -> b.userPoolId(pool).username("alice")
                .messageAction(MessageActionType.SUPPRESS).temporaryPassword("Temp-Passw0rd!")
                .userAttributes(AttributeType.builder().name("email").value("alice@example.com").build(),
                        AttributeType.builder().name("email_verified").value("true").build(),
                        AttributeType.builder().name("given_name").value("Alice").build()));
        assertThat(created.user().userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

        AdminGetUserResponse got = cognito.adminGetUser(b -> b.userPoolId(pool).username("alice"));
        assertThat(got.username()).isEqualTo("alice");
        assertThat(got.enabled()).isTrue();
        assertThat(got.userCreateDate()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(got.userAttributes()).extracting(AttributeType::name).contains("sub", "email", "given_name");

        cognito.adminUpdateUserAttributes(b -> b.userPoolId(pool).username("alice")
                .userAttributes(AttributeType.builder().name("family_name").value("Liddell").build()));
        cognito.adminDeleteUserAttributes(b -> b.userPoolId(pool).username("alice").userAttributeNames("given_name"));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("alice")).userAttributes())
                .extracting(AttributeType::name).contains("family_name").doesNotContain("given_name");

        cognito.adminDisableUser(b -> b.userPoolId(pool).username("alice"));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("alice")).enabled()).isFalse();
        cognito.adminEnableUser(b -> b.userPoolId(pool).username("alice"));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("alice")).enabled()).isTrue();

        cognito.adminSetUserPassword(b -> b.userPoolId(pool).username("alice").password("Perm-Passw0rd!").permanent(true));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("alice")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        cognito.adminResetUserPassword(b -> b.userPoolId(pool).username("alice"));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("alice")).userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);

        assertThat(cognito.listUsers(b -> b.userPoolId(pool).filter("email = \"alice@example.com\"")).users())
                .extracting(UserType::username).containsExactly("alice");

        cognito.adminDeleteUser(b -> b.userPoolId(pool).username("alice"));
        assertThatThrownBy(() -> cognito.adminGetUser(b -> b.userPoolId(pool).username("alice"))).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void confirmingAUserWhoDidNotSignUpIsNotAuthorized() {
        String pool = newPool("confirm");
        newUser(pool, "bob", "bob@example.com");
        assertThatThrownBy(() -> cognito.adminConfirmSignUp(b -> b.userPoolId(pool).username("bob")))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Current status is FORCE_CHANGE_PASSWORD");
    }

    @Test
    void groupsAreManagedAndUsersMoveInAndOut() {
        String pool = newPool("groups");
        newUser(pool, "carol", "carol@example.com");
        GroupType group = cognito.createGroup(b -> b.userPoolId(pool).groupName("admins").precedence(1).description("d")).group();
        assertThat(group.creationDate()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));

        cognito.updateGroup(b -> b.userPoolId(pool).groupName("admins").precedence(5));
        assertThat(cognito.getGroup(b -> b.userPoolId(pool).groupName("admins")).group().precedence()).isEqualTo(5);
        assertThat(cognito.listGroups(b -> b.userPoolId(pool)).groups()).extracting(GroupType::groupName).containsExactly("admins");

        cognito.adminAddUserToGroup(b -> b.userPoolId(pool).groupName("admins").username("carol"));
        assertThat(cognito.adminListGroupsForUser(b -> b.userPoolId(pool).username("carol")).groups())
                .extracting(GroupType::groupName).containsExactly("admins");
        assertThat(cognito.listUsersInGroup(b -> b.userPoolId(pool).groupName("admins")).users())
                .extracting(UserType::username).containsExactly("carol");

        cognito.adminRemoveUserFromGroup(b -> b.userPoolId(pool).groupName("admins").username("carol"));
        assertThat(cognito.listUsersInGroup(b -> b.userPoolId(pool).groupName("admins")).users()).isEmpty();
        cognito.deleteGroup(b -> b.userPoolId(pool).groupName("admins"));
        assertThatThrownBy(() -> cognito.getGroup(b -> b.userPoolId(pool).groupName("admins"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void cognitoErrorsArriveAsTheSdksTypedExceptions() {
        String pool = newPool("errors");
        newUser(pool, "dave", "dave@example.com");
        cognito.createGroup(b -> b.userPoolId(pool).groupName("g"));

        assertThatThrownBy(() -> newUser(pool, "dave", "other@example.com"))
                .isInstanceOfSatisfying(UsernameExistsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UsernameExistsException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User account already exists");
                    assertThat(e.requestId()).isNotBlank();
                });
        assertThatThrownBy(() -> cognito.adminGetUser(b -> b.userPoolId(pool).username("nobody"))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> cognito.describeUserPool(b -> b.userPoolId("us-east-1_doesNotExist"))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.createGroup(b -> b.userPoolId(pool).groupName("g"))).isInstanceOf(GroupExistsException.class);
        assertThatThrownBy(() -> cognito.adminSetUserPassword(b -> b.userPoolId(pool).username("dave").password("short").permanent(true)))
                .isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> cognito.describeUserPool(b -> b.userPoolId("not a pool id")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value 'not a pool id' at 'userPoolId'"));
    }

    @Test
    void theSdkRecordsItsAccessKeyAsTheActorOfEveryWrite() {
        String pool = newPool("actor");
        newUser(pool, "erin", "erin@example.com");
        HistoryEntry created = fixture.engine().audit().userHistory(pool, "erin").get(0);
        assertThat(created.context().actorType()).isEqualTo("ADMIN");
        assertThat(created.context().actor()).isEqualTo(WireFixture.ACCESS_KEY_ID);
        assertThat(created.context().sourceIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void anOperationCairnLacksIsA501ThatTheSdkDoesNotRetry() throws Exception {
        Set<String> lacking = new TreeSet<>();
        fixture.engine().validator().operations().fieldNames().forEachRemaining(lacking::add);
        Arrays.stream(CognitoIdentityProvider.class.getMethods()).map(m -> Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1))
                .forEach(lacking::remove);
        assumeFalse(lacking.isEmpty(), "the engine implements every operation of the model");
        String operation = lacking.iterator().next();
        Class<?> requestType = sdkModelClass(operation + "Request");
        Object request = ((SdkBuilder<?, ?>) requestType.getMethod("builder").invoke(null)).build();
        Method call = CognitoIdentityProviderClient.class.getMethod(Character.toLowerCase(operation.charAt(0)) + operation.substring(1), requestType);

        Set<Integer> attempts = new ConcurrentSkipListSet<>();
        try (CognitoIdentityProviderClient retrying = fixture.sdkBuilder().overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                attempts.add(attempts.size() + 1);
            }
        })).build()) {
            assertThatThrownBy(() -> {
                try {
                    call.invoke(retrying, request);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }).isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(501);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplementedException");
                assertThat(e.getMessage()).contains("Cairn does not implement " + operation);
            });
        }
        assertThat(attempts).containsExactly(1);
    }

    @Test
    void usersSignUpConfirmAndLookAfterTheirOwnAccounts() {
        String pool = cognito.createUserPool(b -> b.poolName("self").autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app").explicitAuthFlows(
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();

        SignUpResponse signedUp = cognito.signUp(b -> b.clientId(client).username("lee").password("Lee-Passw0rd!")
                .userAttributes(AttributeType.builder().name("email").value("lee@example.com").build(),
                        AttributeType.builder().name("given_name").value("Lee").build()));
        assertThat(signedUp.userConfirmed()).isFalse();
        assertThat(signedUp.codeDeliveryDetails().deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        String first = latestCode(pool, "lee");
        cognito.resendConfirmationCode(b -> b.clientId(client).username("lee"));
        assertThat(latestCode(pool, "lee")).isNotEqualTo(first);
        cognito.confirmSignUp(b -> b.clientId(client).username("lee").confirmationCode(latestCode(pool, "lee")));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("lee")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);

        cognito.signUp(b -> b.clientId(client).username("max").password("Max-Passw0rd!")
                .userAttributes(AttributeType.builder().name("email").value("max@example.com").build()));
        cognito.adminConfirmSignUp(b -> b.userPoolId(pool).username("max"));
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("max")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);

        cognito.forgotPassword(b -> b.clientId(client).username("lee"));
        cognito.confirmForgotPassword(b -> b.clientId(client).username("lee").confirmationCode(latestCode(pool, "lee")).password("Lee-Passw0rd-2!"));
        String token = signIn(client, "lee", "Lee-Passw0rd-2!").accessToken();
        cognito.changePassword(b -> b.accessToken(token).previousPassword("Lee-Passw0rd-2!").proposedPassword("Lee-Passw0rd-3!"));
        String fresh = signIn(client, "lee", "Lee-Passw0rd-3!").accessToken();

        cognito.updateUserAttributes(b -> b.accessToken(fresh).userAttributes(AttributeType.builder().name("email").value("lee@example.org").build()));
        cognito.verifyUserAttribute(b -> b.accessToken(fresh).attributeName("email").code(latestCode(pool, "lee")));
        cognito.getUserAttributeVerificationCode(b -> b.accessToken(fresh).attributeName("email"));
        assertThat(cognito.getUser(b -> b.accessToken(fresh)).userAttributes())
                .contains(AttributeType.builder().name("email").value("lee@example.org").build(),
                        AttributeType.builder().name("email_verified").value("true").build());
        cognito.deleteUserAttributes(b -> b.accessToken(fresh).userAttributeNames("given_name"));
        assertThat(cognito.getUser(b -> b.accessToken(fresh)).userAttributes()).extracting(AttributeType::name).doesNotContain("given_name");

        cognito.deleteUser(b -> b.accessToken(fresh));
        assertThatThrownBy(() -> cognito.adminGetUser(b -> b.userPoolId(pool).username("lee"))).isInstanceOf(UserNotFoundException.class);
    }

    /** The code of the newest message the engine sent the user, read from the local-mode outbox. */
    private static String latestCode(String pool, String username) {
        JsonNode messages = fixture.outbox(pool, username);
        return messages.get(messages.size() - 1).get("Code").asText();
    }

    private static AuthenticationResultType signIn(String client, String username, String password) {
        return cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
    }

    @Test
    void usersSignInChangeTheirTemporaryPasswordAndSignOut() throws Exception {
        String pool = newPool("auth");
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app").explicitAuthFlows(
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        for (String name : List.of("fay", "gus")) {
            cognito.adminCreateUser(b -> b.userPoolId(pool).username(name).messageAction(MessageActionType.SUPPRESS)
                    .temporaryPassword("Temp-Passw0rd!").userAttributes(AttributeType.builder().name("email").value(name + "@example.com").build()));
        }

        AdminInitiateAuthResponse adminStart = cognito.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client)
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "fay", "PASSWORD", "Temp-Passw0rd!")));
        assertThat(adminStart.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        AuthenticationResultType fay = cognito.adminRespondToAuthChallenge(b -> b.userPoolId(pool).clientId(client)
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(adminStart.session())
                .challengeResponses(Map.of("USERNAME", "fay", "NEW_PASSWORD", "Fay-Passw0rd!"))).authenticationResult();
        assertThat(fay.tokenType()).isEqualTo("Bearer");

        InitiateAuthResponse start = cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "gus", "PASSWORD", "Temp-Passw0rd!")));
        AuthenticationResultType gus = cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(start.session()).challengeResponses(Map.of("USERNAME", "gus", "NEW_PASSWORD", "Gus-Passw0rd!"))).authenticationResult();
        assertThat(cognito.getUser(b -> b.accessToken(gus.accessToken())).username()).isEqualTo("gus");
        assertThatThrownBy(() -> cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "gus", "PASSWORD", "Temp-Passw0rd!"))))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
    }

    @Test
    void tokensIssuedOverTheWireVerifyWithThePoolsPublishedKeysAndIssuer() throws Exception {
        String pool = newPool("jwks");
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        AuthenticationResultType tokens = signedIn(pool, client, "hal");

        JsonNode openId = WireErrors.json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
        JsonNode jwks = WireErrors.json(fixture.get(URI.create(openId.get("jwks_uri").asText()).getRawPath()));
        for (String token : List.of(tokens.idToken(), tokens.accessToken())) {
            String[] parts = token.split("\\.");
            JsonNode header = WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode key = jwks.get("keys").findParents("kid").stream()
                    .filter(k -> k.get("kid").asText().equals(header.get("kid").asText())).findFirst().orElseThrow();
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                    new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asText()))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(publicKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature of " + claims.get("token_use")).isTrue();
            assertThat(claims.get("iss").asText()).isEqualTo(openId.get("issuer").asText());
        }
        assertThat(cognito.getSigningCertificate(b -> b.userPoolId(pool)).certificate()).isNotBlank();
    }

    @Test
    void signingOutAndRevokingEndTheSessions() {
        String pool = newPool("signout");
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();

        AuthenticationResultType ida = signedIn(pool, client, "ida");
        cognito.globalSignOut(b -> b.accessToken(ida.accessToken()));
        assertThatThrownBy(() -> cognito.getUser(b -> b.accessToken(ida.accessToken()))).isInstanceOf(NotAuthorizedException.class);

        AuthenticationResultType jay = signedIn(pool, client, "jay");
        cognito.revokeToken(b -> b.clientId(client).token(jay.refreshToken()));
        assertThatThrownBy(() -> cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", jay.refreshToken())))).isInstanceOf(NotAuthorizedException.class);

        AuthenticationResultType kim = signedIn(pool, client, "kim");
        cognito.adminUserGlobalSignOut(b -> b.userPoolId(pool).username("kim"));
        assertThatThrownBy(() -> cognito.getUser(b -> b.accessToken(kim.accessToken()))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aPoolTurnsOnMfaAndAUserSetsUpAnAuthenticator() {
        String pool = newPool("mfa");
        assertThatThrownBy(() -> cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration(UserPoolMfaType.ON)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("can't disable all MFAs");
        SetUserPoolMfaConfigResponse set = cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration(UserPoolMfaType.OPTIONAL)
                .softwareTokenMfaConfiguration(t -> t.enabled(true)));
        assertThat(set.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool)).softwareTokenMfaConfiguration().enabled()).isTrue();

        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        String access = signedIn(pool, client, "mia").accessToken();
        String secret = cognito.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
        assertThatThrownBy(() -> cognito.verifySoftwareToken(b -> b.accessToken(access).userCode(wrongCode(secret))))
                .isInstanceOf(EnableSoftwareTokenMfaException.class);
        String code = dev.cairn.core.mfa.Totp.code(secret, dev.cairn.core.mfa.Totp.step(Instant.now()));
        assertThat(cognito.verifySoftwareToken(b -> b.accessToken(access).userCode(code).friendlyDeviceName("phone")).status())
                .isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        cognito.setUserMFAPreference(b -> b.accessToken(access).softwareTokenMfaSettings(t -> t.enabled(true).preferredMfa(true)));
        AdminGetUserResponse mia = cognito.adminGetUser(b -> b.userPoolId(pool).username("mia"));
        assertThat(mia.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(mia.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");

        cognito.adminUpdateUserAttributes(b -> b.userPoolId(pool).username("mia")
                .userAttributes(AttributeType.builder().name("phone_number").value("+15555550100").build()));
        cognito.adminSetUserSettings(b -> b.userPoolId(pool).username("mia")
                .mfaOptions(MFAOptionType.builder().deliveryMedium(DeliveryMediumType.SMS).attributeName("phone_number").build()));
        assertThat(cognito.getUser(b -> b.accessToken(access)).mfaOptions()).extracting(MFAOptionType::attributeName).containsExactly("phone_number");
        cognito.setUserSettings(b -> b.accessToken(access).mfaOptions(List.of()));
        cognito.adminSetUserMFAPreference(b -> b.userPoolId(pool).username("mia").softwareTokenMfaSettings(t -> t.enabled(false)));
        assertThat(cognito.getUser(b -> b.accessToken(access)).userMFASettingList()).isEmpty();
    }

    @Test
    void devicesAreConfirmedReadListedMarkedAndForgotten() {
        String pool = cognito.createUserPool(b -> b.poolName("devices")
                .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true))).userPool().id();
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        AuthenticationResultType first = signedIn(pool, client, "dan");
        AuthenticationResultType second = cognito.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "dan", "PASSWORD", "Perm-Passw0rd!"))).authenticationResult();
        // Devices are listed in device key order.
        List<String> keys = java.util.stream.Stream.of(confirmed(first), confirmed(second)).sorted().toList();
        String one = keys.get(0);
        String two = keys.get(1);

        AuthenticationResultType other = first.newDeviceMetadata().deviceKey().equals(one) ? second : first;
        assertThat(cognito.getDevice(b -> b.accessToken(other.accessToken()).deviceKey(one)).device().deviceAttributes())
                .contains(AttributeType.builder().name("dev:device_remembered_status").value("not_remembered").build());
        cognito.updateDeviceStatus(b -> b.accessToken(other.accessToken()).deviceKey(one).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
        cognito.adminUpdateDeviceStatus(b -> b.userPoolId(pool).username("dan").deviceKey(two).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
        assertThat(cognito.adminGetDevice(b -> b.userPoolId(pool).username("dan").deviceKey(two)).device().deviceAttributes())
                .contains(AttributeType.builder().name("dev:device_remembered_status").value("remembered").build());
        ListDevicesResponse page = cognito.listDevices(b -> b.accessToken(other.accessToken()).limit(1));
        assertThat(page.devices()).extracting(DeviceType::deviceKey).containsExactly(one);
        assertThat(cognito.listDevices(b -> b.accessToken(other.accessToken()).limit(1).paginationToken(page.paginationToken())).devices())
                .extracting(DeviceType::deviceKey).containsExactly(two);

        cognito.forgetDevice(b -> b.accessToken(other.accessToken()).deviceKey(one));
        assertThatThrownBy(() -> cognito.adminGetDevice(b -> b.userPoolId(pool).username("dan").deviceKey(one)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Device does not exist.");
        cognito.adminForgetDevice(b -> b.userPoolId(pool).username("dan").deviceKey(two));
        assertThat(cognito.adminListDevices(b -> b.userPoolId(pool).username("dan")).devices()).isEmpty();
    }

    /** Confirms the device a sign-in was given, as the JS client does; answers its key. */
    private static String confirmed(AuthenticationResultType signIn) {
        NewDeviceMetadataType meta = signIn.newDeviceMetadata();
        var secret = dev.cairn.core.srp.SrpClient.rememberDevice(meta.deviceGroupKey(), meta.deviceKey(), new java.security.SecureRandom());
        ConfirmDeviceResponse confirmed = cognito.confirmDevice(b -> b.accessToken(signIn.accessToken()).deviceKey(meta.deviceKey()).deviceName("sdk")
                .deviceSecretVerifierConfig(v -> v.salt(base64(secret.verifier().saltHex())).passwordVerifier(base64(secret.verifier().verifierHex()))));
        assertThat(confirmed.userConfirmationNecessary()).isTrue();
        return meta.deviceKey();
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex));
    }

    private static String wrongCode(String secret) {
        String right = dev.cairn.core.mfa.Totp.code(secret, dev.cairn.core.mfa.Totp.step(Instant.now()));
        return right.equals("000000") ? "111111" : "000000";
    }

    /** A confirmed user signed in through ADMIN_USER_PASSWORD_AUTH. */
    private static AuthenticationResultType signedIn(String pool, String client, String username) {
        cognito.adminCreateUser(b -> b.userPoolId(pool).username(username).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(username + "@example.com").build()));
        cognito.adminSetUserPassword(b -> b.userPoolId(pool).username(username).password("Perm-Passw0rd!").permanent(true));
        return cognito.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", "Perm-Passw0rd!"))).authenticationResult();
    }

    @Test
    void passkeysChoiceBasedSignInAndRotatedRefreshTokensGoOverTheWire() {
        String pool = cognito.createUserPool(b -> b.poolName("passwordless").policies(p -> p.signInPolicy(s -> s
                .allowedFirstAuthFactors(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN)))).userPool().id();
        cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration(UserPoolMfaType.OFF)
                .webAuthnConfiguration(w -> w.relyingPartyId("example.com").userVerification(UserVerificationType.REQUIRED)));
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                .refreshTokenRotation(r -> r.feature(FeatureType.ENABLED).retryGracePeriodSeconds(0))).userPoolClient().clientId();
        newUser(pool, "pia", "pia@example.com");
        cognito.adminSetUserPassword(b -> b.userPoolId(pool).username("pia").password("Perm-Passw0rd!").permanent(true));
        InitiateAuthResponse select = cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", "pia")));
        assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
        assertThat(select.availableChallenges()).containsExactly(ChallengeNameType.PASSWORD, ChallengeNameType.PASSWORD_SRP);
        AuthenticationResultType tokens = cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.SELECT_CHALLENGE)
                .session(select.session()).challengeResponses(Map.of("USERNAME", "pia", "ANSWER", "PASSWORD", "PASSWORD", "Perm-Passw0rd!")))
                .authenticationResult();

        var key = new dev.cairn.test.passwordless.SoftwareAuthenticator("https://example.com");
        var options = cognito.startWebAuthnRegistration(b -> b.accessToken(tokens.accessToken())).credentialCreationOptions();
        assertThat(options.asMap().get("rp").asMap().get("id").asString()).isEqualTo("example.com");
        cognito.completeWebAuthnRegistration(b -> b.accessToken(tokens.accessToken())
                .credential(SdkDocuments.toDocument(key.register(SdkDocuments.toJava(options)))));
        assertThat(cognito.listWebAuthnCredentials(b -> b.accessToken(tokens.accessToken()).maxResults(10)).credentials())
                .extracting(WebAuthnCredentialDescription::credentialId).containsExactly(key.credentialId());
        assertThat(cognito.getUserAuthFactors(b -> b.accessToken(tokens.accessToken())).configuredUserAuthFactors())
                .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN);

        InitiateAuthResponse passkey = cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", "pia", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
        assertThat(passkey.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
        String assertion = key.authenticate(passkey.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
        AuthenticationResultType byPasskey = cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.WEB_AUTHN)
                .session(passkey.session()).challengeResponses(Map.of("USERNAME", "pia", "CREDENTIAL", assertion))).authenticationResult();
        assertThat(byPasskey.accessToken()).isNotBlank();

        String rotated = cognito.getTokensFromRefreshToken(b -> b.clientId(client).refreshToken(byPasskey.refreshToken()))
                .authenticationResult().refreshToken();
        assertThat(rotated).isNotBlank().isNotEqualTo(byPasskey.refreshToken());
        assertThatThrownBy(() -> cognito.getTokensFromRefreshToken(b -> b.clientId(client).refreshToken(byPasskey.refreshToken())))
                .isInstanceOf(RefreshTokenReuseException.class);

        cognito.deleteWebAuthnCredential(b -> b.accessToken(tokens.accessToken()).credentialId(key.credentialId()));
        assertThatThrownBy(() -> cognito.deleteWebAuthnCredential(b -> b.accessToken(tokens.accessToken()).credentialId(key.credentialId())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.startWebAuthnRegistration(b -> b.accessToken("not-a-token")))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void theSdkHasAMethodForEveryEngineOperation() throws NoSuchMethodException {
        for (Method m : CognitoIdentityProvider.class.getMethods()) {
            Class<?> sdkRequest = sdkModelClass(m.getParameterTypes()[0].getSimpleName());
            assertThat(CognitoIdentityProviderClient.class.getMethod(m.getName(), sdkRequest)).isNotNull();
        }
    }

    /**
     * The SDK's class for a model shape; the SDK spells the model's "MFA" as "Mfa" (SetUserMfaPreferenceRequest) and
     * "UI" as "Ui" in request names (SetUiCustomizationRequest).
     */
    private static Class<?> sdkModelClass(String simpleName) {
        try {
            return Class.forName(CreateUserPoolRequest.class.getPackageName() + "." + simpleName.replace("MFA", "Mfa").replace("UICustom", "UiCustom").replace("CSV", "Csv"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The SDK has no " + simpleName, e);
        }
    }
}

package dev.cairn.test.oauth;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.ScopeDoesNotExistException;
import dev.cairn.api.event.ResourceServerCreated;
import dev.cairn.api.event.ResourceServerDeleted;
import dev.cairn.api.event.ResourceServerUpdated;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolClientUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceServersTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    private static ResourceServerScopeType scope(String name) {
        return ResourceServerScopeType.builder().scopeName(name).scopeDescription("may " + name).build();
    }

    private CreateResourceServerRequest server(String identifier, String... scopes) {
        return CreateResourceServerRequest.builder().userPoolId(pool).identifier(identifier).name("the " + identifier.replaceAll("[^\\w]", "") + " api")
                .scopes(List.of(scopes).stream().map(ResourceServersTest::scope).toList()).build();
    }

    private CreateUserPoolClientRequest clientWithScopes(String... scopes) {
        return Requests.createClient(pool, "machine").toBuilder().generateSecret(true).allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlows(List.of("client_credentials")).allowedOAuthScopes(List.of(scopes)).build();
    }

    @Test
    void aResourceServerIsCreatedOnceWithItsScopes() {
        fixture.when(api -> api.createResourceServer(server("orders", "read", "write")))
                .expectEvents(ResourceServerCreated.class)
                .expectResult(r -> {
                    assertThat(r.resourceServer().userPoolId()).isEqualTo(pool);
                    assertThat(r.resourceServer().identifier()).isEqualTo("orders");
                    assertThat(r.resourceServer().name()).isEqualTo("the orders api");
                    assertThat(r.resourceServer().scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
                });
        fixture.when(api -> api.createResourceServer(server("orders", "read")))
                .expectError(InvalidParameterException.class, "orders already exists in this user pool.");
    }

    @Test
    void describeAnswersWhatWasCreatedAndAnUnknownIdentifierIsNotFound() {
        fixture.givenThat(api -> api.createResourceServer(server("https://api.example.com", "read")));
        var described = fixture.engine().describeResourceServer(DescribeResourceServerRequest.builder().userPoolId(pool)
                .identifier("https://api.example.com").build()).resourceServer();
        assertThat(described.scopes()).containsExactly(scope("read"));
        fixture.when(api -> api.describeResourceServer(DescribeResourceServerRequest.builder().userPoolId(pool).identifier("nope").build()))
                .expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.createResourceServer(server("x").toBuilder().userPoolId("us-east-1_nothere").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void updateReplacesNameAndScopesOfAnExistingServerOnly() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read", "write")));
        fixture.when(api -> api.updateResourceServer(UpdateResourceServerRequest.builder().userPoolId(pool).identifier("orders")
                        .name("Orders").scopes(scope("admin")).build()))
                .expectEvents(ResourceServerUpdated.class)
                .expectResult(r -> {
                    assertThat(r.resourceServer().name()).isEqualTo("Orders");
                    assertThat(r.resourceServer().scopes()).containsExactly(scope("admin"));
                });
        fixture.when(api -> api.updateResourceServer(UpdateResourceServerRequest.builder().userPoolId(pool).identifier("billing")
                        .name("Billing").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void aScopeNameMayAppearOnlyOnceInAServer() {
        fixture.when(api -> api.createResourceServer(server("orders", "read", "read")))
                .expectError(InvalidParameterException.class, "Duplicate scope name read in resource server orders.");
    }

    @Test
    void theModelsPatternsAndLengthsAreEnforced() {
        fixture.when(api -> api.createResourceServer(server("has space")))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createResourceServer(server("orders", "a/b")))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.listResourceServers(ListResourceServersRequest.builder().userPoolId(pool).maxResults(51).build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void deletedServersAreGoneAndDeletingTwiceIsNotFound() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read")));
        fixture.whenRun(api -> api.deleteResourceServer(DeleteResourceServerRequest.builder().userPoolId(pool).identifier("orders").build()))
                .expectEvents(ResourceServerDeleted.class);
        fixture.whenRun(api -> api.deleteResourceServer(DeleteResourceServerRequest.builder().userPoolId(pool).identifier("orders").build()))
                .expectError(ResourceNotFoundException.class);
        assertThat(fixture.engine().listResourceServers(ListResourceServersRequest.builder().userPoolId(pool).build()).resourceServers()).isEmpty();
    }

    @Test
    void aPoolHoldsAtMostTwentyFiveResourceServers() {
        for (int i = 0; i < 25; i++) {
            int n = i;
            fixture.givenThat(api -> api.createResourceServer(server("rs" + n)));
        }
        fixture.when(api -> api.createResourceServer(server("one-more")))
                .expectError(LimitExceededException.class);
    }

    @Test
    void listingPagesThroughEveryServerInIdentifierOrder() {
        for (String id : List.of("e", "a", "d", "c", "b")) fixture.givenThat(api -> api.createResourceServer(server(id)));
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var page = fixture.engine().listResourceServers(ListResourceServersRequest.builder().userPoolId(pool).maxResults(2).nextToken(token).build());
            page.resourceServers().forEach(s -> seen.add(s.identifier()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aClientMayAllowStandardScopesAndTheCustomScopesOfItsPool() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read")));
        fixture.when(api -> api.createUserPoolClient(clientWithScopes("orders/read", "openid", "email", "phone", "profile",
                        "aws.cognito.signin.user.admin")))
                .expectEvents(UserPoolClientCreated.class)
                .expectResult(r -> assertThat(r.userPoolClient().allowedOAuthScopes()).contains("orders/read"));
    }

    @Test
    void aClientNamingAScopeThatDoesNotExistIsRefused() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read")));
        fixture.when(api -> api.createUserPoolClient(clientWithScopes("orders/write")))
                .expectError(ScopeDoesNotExistException.class, "Invalid scope requested: orders/write");
        fixture.when(api -> api.createUserPoolClient(clientWithScopes("billing/read")))
                .expectError(ScopeDoesNotExistException.class, "Invalid scope requested: billing/read");
        fixture.when(api -> api.createUserPoolClient(clientWithScopes("Cognito")))
                .expectError(ScopeDoesNotExistException.class, "Invalid scope requested: Cognito");
    }

    @Test
    void updatingAClientChecksItsScopesToo() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read")));
        String client = fixture.given(api -> api.createUserPoolClient(clientWithScopes("orders/read"))).userPoolClient().clientId();
        UpdateUserPoolClientRequest.Builder update = UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(client)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(List.of("client_credentials"));
        fixture.when(api -> api.updateUserPoolClient(update.allowedOAuthScopes(List.of("orders/delete")).build()))
                .expectError(ScopeDoesNotExistException.class, "Invalid scope requested: orders/delete");
        fixture.givenThat(api -> api.updateResourceServer(UpdateResourceServerRequest.builder().userPoolId(pool).identifier("orders")
                .name("orders").scopes(scope("read"), scope("delete")).build()));
        fixture.when(api -> api.updateUserPoolClient(update.allowedOAuthScopes(List.of("orders/delete")).build()))
                .expectEvents(UserPoolClientUpdated.class);
    }

    @Test
    void resourceServersSurviveAProjectionRebuild() {
        fixture.givenThat(api -> api.createResourceServer(server("orders", "read")));
        fixture.givenThat(api -> api.createResourceServer(server("billing", "pay")));
        fixture.givenThat(api -> api.deleteResourceServer(DeleteResourceServerRequest.builder().userPoolId(pool).identifier("billing").build()));
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().listResourceServers(ListResourceServersRequest.builder().userPoolId(pool).build()).resourceServers())
                .extracting(ResourceServerType::identifier).containsExactly("orders");
    }
}

package dev.cairn.core.metrics;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminEnableUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.core.CairnEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's meters, read from the registry the host gave it. */
class EngineMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CairnEngine engine;
    private String pool;

    @BeforeEach
    void engine() {
        engine = CairnEngine.builder().meterRegistry(registry).build();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("metered").build()).userPool().id();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void eachCallIsCountedAndTimedByOperationAndOutcome() {
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
        assertThat(registry.get("cairn.requests").tags("operation", "CreateUserPool", "outcome", "success").timer().count()).isEqualTo(1);
        assertThat(registry.get("cairn.requests").tags("operation", "AdminCreateUser", "outcome", "success").timer().count()).isEqualTo(1);
        assertThat(registry.get("cairn.eventstore.append").timer().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRefusalIsCountedByItsCognitoErrorType() {
        var create = AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build();
        engine.adminCreateUser(create);
        assertThatThrownBy(() -> engine.adminCreateUser(create)).isInstanceOf(UsernameExistsException.class);
        assertThatThrownBy(() -> engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("").build()))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(registry.get("cairn.request.errors").tags("operation", "AdminCreateUser", "type", "UsernameExistsException").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("cairn.request.errors").tags("operation", "AdminCreateUser", "type", "InvalidParameterException").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("cairn.requests").tags("operation", "AdminCreateUser", "outcome", "error").timer().count()).isEqualTo(2);
    }

    @Test
    void signInsAreCountedByFlowAndFailuresByFlowAndReason() {
        String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice").password("Corr3ct-Horse!")
                .permanent(true).build());
        engine.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Corr3ct-Horse!")).build());
        assertThatThrownBy(() -> engine.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Wrong-Horse!1")).build())).isInstanceOf(NotAuthorizedException.class);

        assertThat(registry.get("cairn.sign.ins").tag("flow", "USER_PASSWORD_AUTH").counter().count()).isEqualTo(1);
        assertThat(registry.get("cairn.sign.in.failures").tags("flow", "USER_PASSWORD_AUTH", "reason", "WRONG_PASSWORD").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("cairn.request.errors").tags("operation", "InitiateAuth", "type", "NotAuthorizedException").counter().count())
                .isEqualTo(1);
    }

    @Test
    void cachesPublishTheirHitsAndMisses() {
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
        engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build());
        engine.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username("alice").build());
        assertThat(registry.get("cache.gets").tags("cache", "pools", "result", "hit").functionCounter().count()).isPositive();
        assertThat(registry.get("cache.gets").tags("cache", "aggregates.User", "result", "hit").functionCounter().count()).isPositive();
        for (String cache : new String[]{"users", "user-keys", "aggregates.UserPool", "aggregates.AuthSession"}) {
            assertThat(registry.find("cache.gets").tag("cache", cache).functionCounters()).as(cache).isNotEmpty();
        }
    }

    @Test
    void noMeterNamesOrTagsCarryPersonalValues() {
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS").build());
        assertThat(registry.getMeters()).allSatisfy(m -> assertThat(m.getId().toString()).doesNotContain("alice", pool));
    }
}

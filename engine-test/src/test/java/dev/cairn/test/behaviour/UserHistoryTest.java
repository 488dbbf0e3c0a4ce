package dev.cairn.test.behaviour;

import dev.cairn.api.RequestContext;
import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.PersonalData;
import dev.cairn.api.event.PersonalDataErased;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserHistoryTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    @Test
    void historyListsEveryEventWithTimeAndActorInOrder() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "a@example.com")));
        fixture.clock().advance(Duration.ofDays(1));
        fixture.engine().as(new RequestContext("ADMIN", "support-desk", null, "198.51.100.4", "ticket-42"))
                .adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("email", "b@example.com")).build());
        fixture.clock().advance(Duration.ofDays(1));
        fixture.engine().adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build());

        List<HistoryEntry> history = fixture.engine().audit().userHistory(pool, "alice");
        assertThat(history).extracting(HistoryEntry::type)
                .containsExactly("cairn.user.UserCreated", "cairn.user.UserAttributesUpdated", "cairn.user.UserDisabled");
        assertThat(history).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(history).extracting(HistoryEntry::at).containsExactly(CairnFixture.START,
                CairnFixture.START.plus(Duration.ofDays(1)), CairnFixture.START.plus(Duration.ofDays(2)));
        assertThat(history.get(1).context().actor()).isEqualTo("support-desk");
        assertThat(history.get(1).context().sourceIp()).isEqualTo("198.51.100.4");
        assertThat(history.get(1).context().correlationId()).isEqualTo("ticket-42");
        assertThat(history.get(0).context().actor()).isEqualTo("host");
    }

    @Test
    void theUserAsItWasAtAnInstant() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "a@example.com")));
        String sub = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()).userAttributes().get(0).value();
        fixture.clock().advance(Duration.ofDays(1));
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("email", "b@example.com")).build()));
        fixture.clock().advance(Duration.ofDays(1));
        fixture.givenThat(api -> api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("alice").build()));

        Instant beforeCreation = CairnFixture.START.minusSeconds(1);
        assertThat(fixture.engine().audit().userAsOf(pool, sub, beforeCreation)).isEmpty();
        assertThat(fixture.engine().audit().userAsOf(pool, sub, CairnFixture.START.plus(Duration.ofHours(12))).orElseThrow().userAttributes())
                .contains(AttributeType.builder().name("email").value("a@example.com").build());
        assertThat(fixture.engine().audit().userAsOf(pool, sub, CairnFixture.START.plus(Duration.ofHours(36))).orElseThrow().userAttributes())
                .contains(AttributeType.builder().name("email").value("b@example.com").build());
        assertThat(fixture.engine().audit().userAsOf(pool, sub, CairnFixture.START.plus(Duration.ofDays(3)))).as("deleted by then").isEmpty();
        assertThat(fixture.engine().audit().userHistoryBySub(pool, sub)).hasSize(3);
        assertThatThrownBy(() -> fixture.engine().audit().userHistory(pool, "alice")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aDeletedUsersPersonalDataIsErasedAndTheErasureRecorded() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "a@example.com")));
        String sub = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()).userAttributes().get(0).value();

        fixture.whenRun(api -> api.erasePersonalData(pool, sub))
                .expectError(InvalidParameterException.class);

        fixture.givenThat(api -> api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("alice").build()));
        fixture.whenAs(new RequestContext("ADMIN", "dpo", null, "203.0.113.9", "erasure-request-7"), api -> {
                    api.erasePersonalData(pool, sub);
                    return null;
                })
                .expectEvents(PersonalDataErased.class)
                .expectContext(c -> assertThat(c.actor()).isEqualTo("dpo"));

        List<HistoryEntry> history = fixture.engine().audit().userHistoryBySub(pool, sub);
        assertThat(((UserCreated) history.get(0).event()).attributes()).containsEntry("email", PersonalData.ERASED);
        assertThat(((UserDeleted) history.get(1).event()).username()).isEqualTo(PersonalData.ERASED);
        assertThat(history.get(2).context().correlationId()).isEqualTo("erasure-request-7");

        fixture.whenRun(api -> api.erasePersonalData(pool, "no-such-sub")).expectError(UserNotFoundException.class);
    }
}

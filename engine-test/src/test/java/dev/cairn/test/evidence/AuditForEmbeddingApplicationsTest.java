package dev.cairn.test.evidence;

import dev.cairn.api.RequestContext;
import dev.cairn.api.audit.ExportFilter;
import dev.cairn.api.audit.LogEntry;
import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.audit.UserChange;
import dev.cairn.api.model.AdminAddUserToGroupRequest;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminUpdateUserAttributesRequest;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.test.MutableClock;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code engine.audit()} as a host application calls it: exports filtered by pool, user and time,
 * what changed about a user between two instants and who changed it, a rebuild that reports its
 * progress; and a log in memory, which keeps no chain, says so rather than verify nothing.
 */
class AuditForEmbeddingApplicationsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final CairnEngine api = CairnEngine.builder().clock(clock).build();

    @Test
    void exportsDiffsAndRebuildsFromTheLog() {
        String pool = api.createUserPool(Requests.createUserPool("audit")).userPool().id();
        String other = api.createUserPool(Requests.createUserPool("other")).userPool().id();
        String sub = api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com")).user().attributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        api.adminCreateUser(Requests.adminCreateUser(other, "olga"));
        api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("staff").build());
        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        CairnEngine desk = api.as(new RequestContext("ADMIN", "support-desk", null, "198.51.100.4", "ticket-42"));
        desk.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("email", "alice@evil.example")).build());
        desk.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("staff").build());
        desk.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build());
        Instant after = clock.instant();
        clock.advance(Duration.ofMinutes(5));

        List<LogEntry> all = new ArrayList<>();
        api.audit().export(ExportFilter.ALL, all::add, ProgressListener.NONE);
        List<LogEntry> pools = new ArrayList<>();
        api.audit().export(new ExportFilter(pool, null, null, null), pools::add, ProgressListener.NONE);
        List<LogEntry> window = new ArrayList<>();
        api.audit().export(new ExportFilter(pool, sub, before.plusSeconds(1), after.plusSeconds(1)), window::add, ProgressListener.NONE);

        assertThat(all.size()).isGreaterThan(pools.size());
        assertThat(pools).noneMatch(e -> e.event().toString().contains("olga"));
        assertThat(window).extracting(LogEntry::type)
                .containsExactly("cairn.user.UserAttributesUpdated", "cairn.user.UserAddedToGroup", "cairn.user.UserDisabled");
        assertThat(window).allMatch(e -> e.context().actor().equals("support-desk") && e.aggregateId().equals(sub));

        List<UserChange> changes = api.audit().userDiff(pool, sub, before, after);
        assertThat(changes).extracting(c -> c.facet() + " " + c.name() + " " + c.before() + " -> " + c.after())
                .contains("attribute email alice@example.com -> alice@evil.example", "group staff null -> member",
                        "enabled enabled true -> false");
        assertThat(changes).allMatch(c -> c.by().correlationId().equals("ticket-42"));
        assertThat(api.audit().userDiff(pool, sub, after, clock.instant())).isEmpty();

        long[] progress = {-1, -1};
        long replayed = api.audit().rebuild(new ProgressListener() {
            @Override
            public void start(String what, long total) {
                progress[0] = 0;
            }

            @Override
            public void advance(long done) {
            }

            @Override
            public void finish(long done) {
                progress[1] = done;
            }
        });
        assertThat(replayed).isEqualTo(all.size()).isEqualTo(progress[1]);
    }

    @Test
    void aLogInMemoryKeepsNoChainToVerify() {
        assertThatThrownBy(() -> api.audit().verify()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("keeps no hash chain");
        assertThatThrownBy(() -> api.audit().checkpoint()).isInstanceOf(UnsupportedOperationException.class);
    }
}

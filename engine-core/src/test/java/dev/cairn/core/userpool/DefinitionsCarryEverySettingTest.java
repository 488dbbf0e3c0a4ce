package dev.cairn.core.userpool;

import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.api.model.UserPoolType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting of the service model's shapes survives the trip into the log's records and back,
 * except what the log leaves out on purpose (named here). A regenerated model with a new member
 * fails this test: the member needs a place in Cairn's record, and the events a new revision.
 */
class DefinitionsCarryEverySettingTest {

    @Test
    void poolSettingsSurviveTheLog() {
        UserPoolType pool = FullySet.of(UserPoolType.class);
        UserPoolType derivedLeftOut = pool.toBuilder().status(null).lastModifiedDate(null).creationDate(null).estimatedNumberOfUsers(null)
                .smsConfigurationFailure(null).emailConfigurationFailure(null).domain(null).customDomain(null).build();
        assertThat(PoolDefinitions.toWire(pool.id(), PoolDefinitions.of(pool))).isEqualTo(derivedLeftOut);
    }

    @Test
    void appClientSettingsSurviveTheLog() {
        UserPoolClientType client = FullySet.of(UserPoolClientType.class);
        UserPoolClientType derivedLeftOut = client.toBuilder().clientSecret(null).lastModifiedDate(null).creationDate(null).build();
        assertThat(ClientDefinitions.toWire(client.userPoolId(), ClientDefinitions.of(client))).isEqualTo(derivedLeftOut);
    }

    @Test
    void groupsSurviveTheLog() {
        GroupType group = FullySet.of(GroupType.class);
        GroupType derivedLeftOut = group.toBuilder().lastModifiedDate(null).creationDate(null).build();
        assertThat(GroupDefinitions.toWire(group.userPoolId(), GroupDefinitions.of(group))).isEqualTo(derivedLeftOut);
    }

    @Test
    void leftOutSettingsStayEmpty() {
        UserPoolType pool = UserPoolType.builder().id("us-east-1_x").name("shop").build();
        assertThat(PoolDefinitions.toWire(pool.id(), PoolDefinitions.of(pool))).isEqualTo(pool);
    }
}

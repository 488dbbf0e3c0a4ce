package dev.cairn.test.pool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserPoolTagged;
import dev.cairn.api.event.UserPoolUntagged;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PoolTagsTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final UserPoolType created = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop").toBuilder()
            .userPoolTags(Map.of("team", "identity")).build())).userPool();
    private final String arn = created.arn();

    private Map<String, String> tags() {
        return fixture.engine().listTagsForResource(ListTagsForResourceRequest.builder().resourceArn(arn).build()).tags();
    }

    private TagResourceRequest tag(Map<String, String> tags) {
        return TagResourceRequest.builder().resourceArn(arn).tags(tags).build();
    }

    @Test
    void thePoolsArnHasCognitosForm() {
        assertThat(arn).isEqualTo("arn:aws:cognito-idp:us-east-1:" + arn.split(":")[4] + ":userpool/" + created.id());
        assertThat(arn.split(":")[4]).matches("\\d{12}");
    }

    @Test
    void tagsGivenAtCreationAreListedAndTaggingAddsAndReplaces() {
        assertThat(tags()).containsExactly(Map.entry("team", "identity"));
        fixture.when(api -> api.tagResource(tag(Map.of("team", "accounts", "stage", "prod"))))
                .expectEvents(UserPoolTagged.class);
        assertThat(tags()).isEqualTo(Map.of("team", "accounts", "stage", "prod"));
    }

    @Test
    void describeUserPoolAndListTagsAgree() {
        fixture.givenThat(api -> api.tagResource(tag(Map.of("stage", "prod"))));
        fixture.givenThat(api -> api.untagResource(UntagResourceRequest.builder().resourceArn(arn).tagKeys(List.of("team")).build()));
        UserPoolType described = fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(created.id()).build()).userPool();
        assertThat(described.userPoolTags()).isEqualTo(tags()).isEqualTo(Map.of("stage", "prod"));
    }

    @Test
    void untaggingRemovesTheKeysAndIgnoresUnknownOnes() {
        fixture.when(api -> api.untagResource(UntagResourceRequest.builder().resourceArn(arn).tagKeys(List.of("team", "nope")).build()))
                .expectEvents(UserPoolUntagged.class);
        assertThat(tags()).isEmpty();
    }

    @Test
    void aPoolHoldsAtMostFiftyTags() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 49; i++) many.put("k" + i, "v");
        fixture.when(api -> api.tagResource(tag(many))).expectEvents(UserPoolTagged.class);
        fixture.when(api -> api.tagResource(tag(Map.of("one-too-many", "v"))))
                .expectError(InvalidParameterException.class, "A user pool can have at most 50 tags.");
        fixture.when(api -> api.tagResource(tag(Map.of("k1", "replaced")))).expectEvents(UserPoolTagged.class);
        assertThat(tags()).hasSize(50).containsEntry("k1", "replaced");
    }

    @Test
    void keysAndValuesFollowTheModelsLengthsAndAwsTaggingRules() {
        fixture.when(api -> api.tagResource(tag(Map.of("k".repeat(129), "v")))).expectError(InvalidParameterException.class);
        fixture.when(api -> api.tagResource(tag(Map.of("k", "v".repeat(257))))).expectError(InvalidParameterException.class);
        fixture.when(api -> api.tagResource(tag(Map.of("aws:owner", "me"))))
                .expectError(InvalidParameterException.class, "Tag keys starting with aws: are reserved for AWS use.");
        fixture.when(api -> api.tagResource(tag(Map.of("bad#key", "v"))))
                .expectError(InvalidParameterException.class, "Invalid tag key: bad#key");
        fixture.when(api -> api.tagResource(tag(Map.of("k", "bad\u0000value")))).expectError(InvalidParameterException.class);
        fixture.when(api -> api.tagResource(tag(Map.of("cost-center", "")))).expectEvents(UserPoolTagged.class);
        fixture.when(api -> api.tagResource(tag(Map.of("path:a/b=c+d@e.f_g", "Ünïcode 42")))).expectEvents(UserPoolTagged.class);
    }

    @Test
    void creatingAPoolWithTooManyOrReservedTagsIsRefused() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) many.put("k" + i, "v");
        fixture.when(api -> api.createUserPool(Requests.createUserPool("big").toBuilder().userPoolTags(many).build()))
                .expectError(InvalidParameterException.class, "A user pool can have at most 50 tags.");
        fixture.when(api -> api.createUserPool(Requests.createUserPool("aws").toBuilder().userPoolTags(Map.of("aws:x", "y")).build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void updatingAPoolKeepsItsTagsUnlessItNamesNewOnes() {
        fixture.givenThat(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(created.id()).build()));
        assertThat(tags()).isEqualTo(Map.of("team", "identity"));
        fixture.givenThat(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(created.id())
                .userPoolTags(Map.of("owner", "ops")).build()));
        assertThat(tags()).isEqualTo(Map.of("owner", "ops"));
    }

    @Test
    void anUnknownArnIsNotFound() {
        String otherAccount = arn.replace(":" + arn.split(":")[4] + ":", ":999999999999:");
        String otherRegion = arn.replace(":us-east-1:", ":eu-west-1:");
        String missing = arn.replace(created.id(), "us-east-1_missing00");
        for (String unknown : List.of(otherAccount, otherRegion, missing, "arn:aws:cognito-idp:us-east-1:123456789012:identitypool/x")) {
            fixture.when(api -> api.tagResource(TagResourceRequest.builder().resourceArn(unknown).tags(Map.of("a", "b")).build()))
                    .expectError(ResourceNotFoundException.class, "The resource " + unknown + " does not exist.");
            fixture.when(api -> api.listTagsForResource(ListTagsForResourceRequest.builder().resourceArn(unknown).build()))
                    .expectError(ResourceNotFoundException.class);
        }
        fixture.when(api -> api.listTagsForResource(ListTagsForResourceRequest.builder().resourceArn("not-an-arn-at-all-xx").build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void tagsSurviveAProjectionRebuild() {
        fixture.givenThat(api -> api.tagResource(tag(Map.of("stage", "prod"))));
        fixture.givenThat(api -> api.untagResource(UntagResourceRequest.builder().resourceArn(arn).tagKeys(List.of("team")).build()));
        Map<String, String> live = tags();
        fixture.engine().rebuildProjections();
        assertThat(tags()).isEqualTo(live).isEqualTo(Map.of("stage", "prod"));
    }
}

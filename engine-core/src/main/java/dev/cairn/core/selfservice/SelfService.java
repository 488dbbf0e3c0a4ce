package dev.cairn.core.selfservice;

import dev.cairn.core.user.UserState;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.CodePurpose;
import dev.cairn.core.user.AttributeRules;
import java.time.Clock;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.api.model.DeleteUserAttributesRequest;
import dev.cairn.api.model.DeleteUserAttributesResponse;
import dev.cairn.api.model.DeleteUserRequest;
import dev.cairn.api.model.GetUserAttributeVerificationCodeRequest;
import dev.cairn.api.model.GetUserAttributeVerificationCodeResponse;
import dev.cairn.api.model.UpdateUserAttributesRequest;
import dev.cairn.api.model.UpdateUserAttributesResponse;
import dev.cairn.api.model.VerifyUserAttributeRequest;
import dev.cairn.api.model.VerifyUserAttributeResponse;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.userpool.SelfServiceRules;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.userpool.UserPoolState;
import dev.cairn.core.verification.Codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.cairn.core.trigger.MessageTriggers;

/**
 * What a signed-in user does to its own account with an access token: update, verify and delete
 * attributes, delete itself. The token's app client decides which attributes may be written.
 */
public final class SelfService {

    private static final List<String> VERIFIABLE = List.of("email", "phone_number");

    private final AxonRuntime axon;
    private final Clock clock;
    private final AccessTokens accessTokens;
    private final Codes codes;

    public SelfService(AxonRuntime axon, Clock clock, AccessTokens accessTokens, Codes codes) {
        this.axon = axon;
        this.clock = clock;
        this.accessTokens = accessTokens;
        this.codes = codes;
    }

    /**
     * Changed email or phone numbers are unverified and, when the pool auto-verifies them, sent a
     * code. Where the pool requires verification before update, the old value stays in force and
     * the new one waits for its code.
     */
    public Supplier<UpdateUserAttributesResponse> updateUserAttributes(UpdateUserAttributesRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        UserPoolState pool = v.pool();
        UserState user = v.user();
        Map<String, String> attributes = AttributeRules.checkWrite(pool, r.userAttributes(), false);
        SelfServiceRules.checkWritable(client(v), attributes.keySet());
        List<String> waiting = pool.settings().userAttributeUpdateSettings() == null ? List.of()
                : listOrEmpty(pool.settings().userAttributeUpdateSettings().attributesRequireVerificationBeforeUpdate());
        Map<String, String> now = new LinkedHashMap<>(attributes);
        Map<String, String> toVerify = new LinkedHashMap<>();
        for (String a : VERIFIABLE) {
            String value = attributes.get(a);
            if (value == null || value.equals(user.attribute(a))) continue;
            if (waiting.contains(a) && user.isVerified(a)) {
                now.remove(a);
                toVerify.put(a, value);
            } else if (pool.autoVerifiedAttributes().contains(a)) {
                toVerify.put(a, value);
            }
        }
        List<CodeDeliveryDetailsType> deliveries = new ArrayList<>();
        actingAsUser(v, () -> {
            if (!now.isEmpty()) axon.send(new Commands.UpdateAttributes(user.sub(), pool, now));
            toVerify.forEach((a, value) -> {
                if (!now.containsKey(a)) axon.send(new Commands.RequestAttributeChange(user.sub(), a, value));
                deliveries.add(codes.send(pool, user.sub(), user.username(), CodePurpose.VERIFY_ATTRIBUTE, a, value,
                        MessageTriggers.Occasion.UpdateUserAttribute, user.attributes(), r.clientMetadata()));
            });
        });
        return () -> UpdateUserAttributesResponse.builder().codeDeliveryDetailsList(deliveries.isEmpty() ? null : deliveries).build();
    }

    public Supplier<GetUserAttributeVerificationCodeResponse> getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        String a = r.attributeName();
        if (!VERIFIABLE.contains(a)) throw new InvalidParameterException("Invalid attribute name: only email and phone_number can be verified.");
        UserState user = v.user();
        String value = user.verificationState().pending().getOrDefault(a, user.attribute(a));
        if (value == null) throw new InvalidParameterException("The user has no " + a + " to verify.");
        CodeDeliveryDetailsType[] delivery = new CodeDeliveryDetailsType[1];
        actingAsUser(v, () -> delivery[0] = codes.send(v.pool(), user.sub(), user.username(), CodePurpose.VERIFY_ATTRIBUTE, a, value,
                MessageTriggers.Occasion.VerifyUserAttribute, user.attributes(), r.clientMetadata()));
        return () -> GetUserAttributeVerificationCodeResponse.builder().codeDeliveryDetails(delivery[0]).build();
    }

    public Supplier<VerifyUserAttributeResponse> verifyUserAttribute(VerifyUserAttributeRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        String a = r.attributeName();
        if (!VERIFIABLE.contains(a)) throw new InvalidParameterException("Invalid attribute name: only email and phone_number can be verified.");
        String sub = v.user().sub();
        Decision<Void> verified = axon.actingAsUser(sub, (String) v.claims().get("client_id"), null, () -> axon.send(
                new Commands.VerifyAttributeWithCode(sub, v.pool(), a, codes.hash(sub, CodePurpose.VERIFY_ATTRIBUTE, r.code()), clock.instant())));
        return verified.afterCommit(ok -> () -> VerifyUserAttributeResponse.builder().build());
    }

    public Supplier<DeleteUserAttributesResponse> deleteUserAttributes(DeleteUserAttributesRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        AttributeRules.checkDelete(v.pool(), r.userAttributeNames());
        SelfServiceRules.checkWritable(client(v), r.userAttributeNames());
        actingAsUser(v, () -> axon.send(new Commands.DeleteAttributes(v.user().sub(), v.pool(), r.userAttributeNames())));
        return () -> DeleteUserAttributesResponse.builder().build();
    }

    public void deleteUser(DeleteUserRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        actingAsUser(v, () -> axon.send(new Commands.DeleteUser(v.user().sub(), v.pool())));
    }

    private UserPoolClientType client(AccessTokens.Verified v) {
        var c = v.pool().clients().get((String) v.claims().get("client_id"));
        if (c == null) throw new dev.cairn.api.error.NotAuthorizedException("Invalid Access Token");
        return c.client();
    }

    private void actingAsUser(AccessTokens.Verified v, Runnable work) {
        axon.actingAsUser(v.user().sub(), (String) v.claims().get("client_id"), work);
    }

    private static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}

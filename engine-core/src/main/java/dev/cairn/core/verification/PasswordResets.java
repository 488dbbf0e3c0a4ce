package dev.cairn.core.verification;

import dev.cairn.core.user.UserState;
import dev.cairn.core.user.CodePurpose;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.api.model.RecoveryOptionType;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Comparator;
import java.util.List;
import dev.cairn.core.trigger.MessageTriggers;

/**
 * Where a password reset code goes: the pool's AccountRecoverySetting, in priority order, to a
 * verified email or phone number; without that setting, Cognito's legacy order (a verified phone
 * before a verified email).
 */
public final class PasswordResets {

    private static final List<RecoveryOptionType> LEGACY = List.of(
            RecoveryOptionType.builder().name("verified_phone_number").priority(1).build(),
            RecoveryOptionType.builder().name("verified_email").priority(2).build());

    private final Codes codes;

    public PasswordResets(Codes codes) {
        this.codes = codes;
    }

    public CodeDeliveryDetailsType sendCode(UserPoolState pool, UserState user) {
        for (RecoveryOptionType option : options(pool)) {
            if (option.name().equals("admin_only")) {
                throw new NotAuthorizedException("Only an administrator can reset the password of this user.");
            }
            String attribute = option.name().equals("verified_email") ? "email" : "phone_number";
            if (user.attribute(attribute) != null && user.isVerified(attribute)) {
                return codes.send(pool, user.sub(), user.username(), CodePurpose.FORGOT_PASSWORD, attribute, user.attribute(attribute),
                        MessageTriggers.Occasion.ForgotPassword, user.attributes(), null);
            }
        }
        throw new InvalidParameterException("Cannot reset password for the user as there is no registered/verified email or phone_number");
    }

    /**
     * The channel a reset code would take for a user that does not exist (existence hidden): an
     * administrator-only pool refuses as it would for anyone; otherwise the first recovery option
     * the pool verifies automatically (where real users' verified addresses come from), else the first.
     */
    public String decoyChannel(UserPoolState pool) {
        List<RecoveryOptionType> options = options(pool);
        if (options.get(0).name().equals("admin_only")) {
            throw new NotAuthorizedException("Only an administrator can reset the password of this user.");
        }
        List<String> attributes = options.stream().filter(o -> !o.name().equals("admin_only"))
                .map(o -> o.name().equals("verified_email") ? "email" : "phone_number").toList();
        return attributes.stream().filter(pool.autoVerifiedAttributes()::contains).findFirst().orElse(attributes.get(0));
    }

    private static List<RecoveryOptionType> options(UserPoolState pool) {
        var setting = pool.settings().accountRecoverySetting();
        return setting == null || setting.recoveryMechanisms() == null ? LEGACY
                : setting.recoveryMechanisms().stream().sorted(Comparator.comparing(RecoveryOptionType::priority)).toList();
    }
}

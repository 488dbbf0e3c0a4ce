package dev.cairn.core.trigger;

import dev.cairn.api.model.LambdaConfigType;

import java.util.function.Function;

/**
 * The Lambda triggers of a user pool's {@code LambdaConfig}, named as Cognito names them in its
 * trigger sources and in its error messages ("PreSignUp failed with error ...").
 */
public enum Trigger {
    PreSignUp(LambdaConfigType::preSignUp),
    CustomMessage(LambdaConfigType::customMessage),
    PostConfirmation(LambdaConfigType::postConfirmation),
    PreAuthentication(LambdaConfigType::preAuthentication),
    PostAuthentication(LambdaConfigType::postAuthentication),
    DefineAuthChallenge(LambdaConfigType::defineAuthChallenge),
    CreateAuthChallenge(LambdaConfigType::createAuthChallenge),
    VerifyAuthChallengeResponse(LambdaConfigType::verifyAuthChallengeResponse),
    /** PreTokenGenerationConfig's ARN when set (it names the event version too), else PreTokenGeneration's. */
    PreTokenGeneration(c -> c.preTokenGenerationConfig() != null && c.preTokenGenerationConfig().lambdaArn() != null
            ? c.preTokenGenerationConfig().lambdaArn() : c.preTokenGeneration()),
    UserMigration(LambdaConfigType::userMigration),
    CustomSMSSender(c -> c.customSMSSender() == null ? null : c.customSMSSender().lambdaArn()),
    CustomEmailSender(c -> c.customEmailSender() == null ? null : c.customEmailSender().lambdaArn());

    private final Function<LambdaConfigType, String> arn;

    Trigger(Function<LambdaConfigType, String> arn) {
        this.arn = arn;
    }

    /** The function the configuration names for this trigger, or null. */
    public String functionArn(LambdaConfigType config) {
        return config == null ? null : arn.apply(config);
    }
}

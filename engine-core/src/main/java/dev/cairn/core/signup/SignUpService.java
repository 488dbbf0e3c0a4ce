package dev.cairn.core.signup;

import dev.cairn.core.userpool.SelfServiceRules;
import dev.cairn.core.engine.Ids;
import java.util.random.RandomGenerator;
import java.time.Clock;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.api.model.ConfirmSignUpRequest;
import dev.cairn.api.model.ConfirmSignUpResponse;
import dev.cairn.api.model.ResendConfirmationCodeRequest;
import dev.cairn.api.model.ResendConfirmationCodeResponse;
import dev.cairn.api.model.SignUpRequest;
import dev.cairn.api.model.SignUpResponse;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.decoy.Decoys;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.user.Passwords;
import dev.cairn.core.verification.AliasTransfers;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.CodePurpose;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.NewUser;
import dev.cairn.core.user.UserClaims;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserStatus;
import dev.cairn.core.userpool.UserPoolState;
import dev.cairn.core.verification.Codes;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.user.PreSignUpAnswer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.model.AttributeType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import dev.cairn.core.trigger.MessageTriggers;

/** SignUp, ConfirmSignUp and ResendConfirmationCode: users registering themselves. */
public final class SignUpService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Storage storage;
    private final Clock clock;
    private final RandomGenerator random;
    private final Ids ids;
    private final AppClients clients;
    private final Codes codes;
    private final AliasTransfers aliases;

    private final Decoys decoys;
    private final Triggers triggers;

    public SignUpService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Storage storage, Clock clock, RandomGenerator random, Ids ids, AppClients clients, Codes codes, AliasTransfers aliases, Decoys decoys,
                         Triggers triggers) {
        this.triggers = triggers;
        this.decoys = decoys;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.storage = storage;
        this.clock = clock;
        this.random = random;
        this.ids = ids;
        this.clients = clients;
        this.codes = codes;
        this.aliases = aliases;
    }

    public Supplier<SignUpResponse> signUp(SignUpRequest r) {
        var client = clients.require(null, r.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        clients.checkSecretHash(client, r.secretHash(), List.of(r.username()));
        if (Boolean.TRUE.equals(pool.settings().adminCreateUserConfig().allowAdminCreateUserOnly())) {
            throw new NotAuthorizedException("SignUp is not permitted for this user pool");
        }
        if (r.password() == null) throw new InvalidParameterException("Password is required.");
        Passwords.check(pool.settings().policies().passwordPolicy(), r.password());
        Map<String, String> given = AttributeRules.checkWrite(pool, r.userAttributes(), true);
        SelfServiceRules.checkWritable(client.client(), given.keySet());
        NewUser user = NewUser.of(pool, r.username(), given, ids.uuid());
        SelfServiceRules.checkRequired(pool, user.attributes());
        if (storage.claims().owner(pool.id(), UserClaims.USERNAME, UserClaims.normalize(pool, UserClaims.USERNAME, user.username())).isPresent()) {
            throw new UsernameExistsException("User already exists");
        }
        Decision<ObjectNode> preSignUp = triggers.preSignUp(pool, "PreSignUp_SignUp", user.username(), client.client().clientId(), given,
                nameValues(r.validationData()), r.clientMetadata());
        if (!preSignUp.accepted()) return preSignUp.afterCommit(x -> null); // the refusal is recorded, the user never created
        PreSignUpAnswer answer = PreSignUpAnswer.of(preSignUp.value());
        axon.send(new Commands.CreateUser(user.sub(), pool, user.username(), user.attributes(), UserStatus.UNCONFIRMED,
                Passwords.verifier(pool.id(), user.username(), r.password(), random), answer));
        boolean confirmed = answer.status(UserStatus.UNCONFIRMED) == UserStatus.CONFIRMED;
        CodeDeliveryDetailsType delivery = confirmed ? null : confirmationChannel(pool, user.attributes())
                .map(a -> codes.send(pool, user.sub(), user.username(), CodePurpose.SIGN_UP, a, user.attributes().get(a),
                        MessageTriggers.Occasion.SignUp, user.attributes(), r.clientMetadata()))
                .orElse(null);
        return () -> SignUpResponse.builder().userConfirmed(confirmed).userSub(user.sub()).codeDeliveryDetails(delivery).build();
    }

    public Supplier<ConfirmSignUpResponse> confirmSignUp(ConfirmSignUpRequest r) {
        var client = clients.require(null, r.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        clients.checkSecretHash(client, r.secretHash(), List.of(r.username()));
        UserState user = find(pool, client.client().preventUserExistenceErrors(), r.username(),
                () -> new CodeMismatchException("Invalid verification code provided, please try again."));
        Decision<Void> confirmed = axon.send(new Commands.ConfirmSignUpWithCode(user.sub(),
                codes.hash(user.sub(), CodePurpose.SIGN_UP, r.confirmationCode()), hidesExistence(client), clock.instant()));
        if (confirmed.accepted()) {
            // The code proved the channel it went to: that attribute is verified, taking its alias if forced to.
            Optional<String> verified = confirmationChannel(pool, user.attributes());
            verified.ifPresent(a -> aliases.prepare(pool, user.sub(), a, user.attribute(a), Boolean.TRUE.equals(r.forceAliasCreation())));
            verified.ifPresent(a -> axon.send(new Commands.VerifyAttribute(user.sub(), pool, a)));
            // The user stays confirmed when PostConfirmation fails, as with Cognito; the caller still gets the error.
            Map<String, String> now = new java.util.LinkedHashMap<>(user.attributes());
            verified.ifPresent(a -> now.put(a + "_verified", "true"));
            Decision<ObjectNode> post = triggers.postConfirmation(pool, user, now, "PostConfirmation_ConfirmSignUp", client.client().clientId(),
                    r.clientMetadata());
            if (!post.accepted()) return post.afterCommit(x -> null);
        }
        return confirmed.afterCommit(ok -> () -> ConfirmSignUpResponse.builder().build());
    }

    public Supplier<ResendConfirmationCodeResponse> resendConfirmationCode(ResendConfirmationCodeRequest r) {
        var client = clients.require(null, r.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        clients.checkSecretHash(client, r.secretHash(), List.of(r.username()));
        Optional<UserState> found = users.find(pool, r.username());
        if (found.isEmpty() && !hidesExistence(client)) throw new UserNotFoundException("User does not exist.");
        // With existence hidden, a name nobody holds, a user already confirmed and a user without the
        // address the pool confirms by all answer alike: as though a code went out (nothing is sent).
        boolean codeCanGo = found.isPresent() && found.get().userStatus() == UserStatus.UNCONFIRMED
                && confirmationChannel(pool, found.get().attributes()).isPresent();
        if (!codeCanGo && hidesExistence(client)) {
            String channel = Stream.of("phone_number", "email").filter(pool.autoVerifiedAttributes()::contains).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("Cannot send a confirmation code: the user pool verifies no attribute the user has."));
            CodeDeliveryDetailsType decoy = decoys.codeDelivery(pool, r.username(), channel);
            return () -> ResendConfirmationCodeResponse.builder().codeDeliveryDetails(decoy).build();
        }
        UserState user = found.get(); // the User refuses a code if it is confirmed already
        String attribute = confirmationChannel(pool, user.attributes()).orElseThrow(() -> new InvalidParameterException(
                "Cannot send a confirmation code: the user pool verifies no attribute the user has."));
        CodeDeliveryDetailsType delivery = codes.send(pool, user.sub(), user.username(), CodePurpose.SIGN_UP, attribute, user.attribute(attribute),
                MessageTriggers.Occasion.ResendCode, user.attributes(), r.clientMetadata());
        return () -> ResendConfirmationCodeResponse.builder().codeDeliveryDetails(delivery).build();
    }

    public static Map<String, String> nameValues(List<AttributeType> attributes) {
        if (attributes == null) return null;
        Map<String, String> out = new java.util.LinkedHashMap<>();
        attributes.forEach(a -> out.put(a.name(), a.value()));
        return out;
    }

    /** Cognito confirms by SMS when the pool auto-verifies phone numbers and the user has one, else by email. */
    static Optional<String> confirmationChannel(UserPoolState pool, Map<String, String> attributes) {
        for (String a : List.of("phone_number", "email")) {
            if (pool.autoVerifiedAttributes().contains(a) && attributes.get(a) != null) return Optional.of(a);
        }
        return Optional.empty();
    }

    private UserState find(UserPoolState pool, String prevent, String username, Supplier<RuntimeException> hidden) {
        return users.find(pool, username).orElseThrow(() -> "ENABLED".equals(prevent) ? hidden.get()
                : new UserNotFoundException("User does not exist."));
    }

    private static boolean hidesExistence(UserPoolState.AppClient client) {
        return "ENABLED".equals(client.client().preventUserExistenceErrors());
    }
}

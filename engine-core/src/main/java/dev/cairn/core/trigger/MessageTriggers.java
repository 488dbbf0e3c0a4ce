package dev.cairn.core.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.error.UnexpectedLambdaException;
import dev.cairn.api.spi.Message;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.userpool.UserPoolState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Every code message the engine sends passes here: the pool's CustomMessage trigger may word it
 * (its text must keep the {@code {####}} placeholder, and an invitation's the {@code {username}}
 * one too), then a CustomSMSSender or CustomEmailSender function sends it instead of the host's
 * {@code MessageDelivery}, with the code encrypted ({@link CustomSenderCode}); without one, the
 * message goes to the {@code MessageDelivery} before the request commits.
 *
 * <p>A refusing CustomMessage fails the request, which then writes nothing (its invocation record
 * included; it is logged). A custom sender is fire-and-forget as Cognito's asynchronous invocation
 * is: its outcome is recorded and the request goes on.
 */
public final class MessageTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(MessageTriggers.class);
    static final String CODE = "{####}";
    static final String USERNAME = "{username}";

    /** What a message is for, as the trigger sources name it ({@code CustomMessage_SignUp}, {@code CustomSMSSender_SignUp}, ...). */
    public enum Occasion { SignUp, AdminCreateUser, ResendCode, ForgotPassword, UpdateUserAttribute, VerifyUserAttribute, Authentication }

    private final Triggers triggers;
    private final Deliveries deliveries;
    private final byte[] senderKey;
    private final RandomGenerator random;

    /** @param senderKey the 32-byte key custom senders' codes are encrypted with; null when the operator gave none */
    public MessageTriggers(Triggers triggers, Deliveries deliveries, byte[] senderKey, RandomGenerator random) {
        this.triggers = triggers;
        this.deliveries = deliveries;
        this.senderKey = senderKey == null ? null : senderKey.clone();
        this.random = random;
    }

    public Triggers triggers() {
        return triggers;
    }

    /**
     * Words and sends a message.
     *
     * @param sub            the user's, for the invocation records
     * @param userAttributes the user's attributes, as the triggers see them
     * @param clientMetadata the request's ClientMetadata, or null
     */
    public void deliver(UserPoolState pool, Message message, Occasion occasion, String sub, Map<String, String> userAttributes,
                        Map<String, String> clientMetadata) {
        Message worded = customMessage(pool, message, occasion, sub, userAttributes, clientMetadata);
        boolean email = "EMAIL".equals(worded.deliveryMedium());
        Trigger sender = email ? Trigger.CustomEmailSender : Trigger.CustomSMSSender;
        if (!triggers.configured(pool, sender)) {
            deliveries.deliverBeforeCommit(worded);
            return;
        }
        if (senderKey == null) {
            // Cognito needs a KMS key for a custom sender; Cairn needs the operator's key in its place.
            throw new UnexpectedLambdaException(sender.name() + " invocation failed due to error KMSKeyNotConfigured.");
        }
        ObjectNode request = Triggers.request();
        request.put("type", email ? "customEmailSenderRequestV1" : "customSMSSenderRequestV1");
        request.put("code", CustomSenderCode.encrypt(senderKey, pool.id(), worded.code(), random));
        request.set("clientMetadata", Triggers.map(clientMetadata));
        request.set("userAttributes", Triggers.attributes(userAttributes));
        Decision<ObjectNode> sent = triggers.invoke(new Triggers.Call(pool, sender, sender.name() + "_" + occasion.name(), worded.username(), sub,
                null, request));
        if (!sent.accepted()) LOG.warn("{} for {} failed: {}", sender, pool.id(), sent.refusal().getMessage());
    }

    private Message customMessage(UserPoolState pool, Message m, Occasion occasion, String sub, Map<String, String> userAttributes,
                                  Map<String, String> clientMetadata) {
        if (!triggers.configured(pool, Trigger.CustomMessage)) return m;
        boolean invitation = occasion == Occasion.AdminCreateUser;
        ObjectNode request = Triggers.request();
        request.set("userAttributes", Triggers.attributes(userAttributes));
        request.put("codeParameter", CODE);
        request.put("linkParameter", "{##Click Here##}");
        if (invitation) request.put("usernameParameter", USERNAME);
        else request.putNull("usernameParameter");
        request.set("clientMetadata", Triggers.map(clientMetadata));
        Decision<ObjectNode> answer = triggers.invoke(new Triggers.Call(pool, Trigger.CustomMessage, "CustomMessage_" + occasion.name(),
                m.username(), sub, null, request));
        if (!answer.accepted()) {
            LOG.warn("CustomMessage for {} refused: {}", pool.id(), answer.refusal().getMessage());
            throw answer.refusal();
        }
        boolean email = "EMAIL".equals(m.deliveryMedium());
        String text = answer.value().path(email ? "emailMessage" : "smsMessage").asText(null);
        if (text == null) return m;
        if (!text.contains(CODE) || (invitation && !text.contains(USERNAME))) {
            // From memory of Cognito's refusal of a message without its placeholders, not a documented source.
            throw new InvalidLambdaResponseException("Invalid lambda response: the " + (email ? "email" : "SMS") + " message must contain "
                    + (invitation ? CODE + " and " + USERNAME : CODE) + ".");
        }
        String subject = email ? answer.value().path("emailSubject").asText(m.subject()) : m.subject();
        return new Message(m.userPoolId(), m.username(), m.deliveryMedium(), m.destination(), m.purpose(), m.code(), subject,
                text.replace(CODE, m.code()).replace(USERNAME, m.username()), m.sentAt());
    }
}

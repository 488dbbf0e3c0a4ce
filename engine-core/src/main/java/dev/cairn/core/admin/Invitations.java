package dev.cairn.core.admin;

import dev.cairn.core.user.Commands;
import java.time.Clock;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.model.MessageTemplateType;
import dev.cairn.api.spi.Message;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.Map;
import dev.cairn.core.trigger.MessageTriggers;

/**
 * The invitation AdminCreateUser sends: the pool's InviteMessageTemplate (or Cognito's default
 * text) with {username} and {####} (the temporary password) filled in, by each medium asked for
 * (SMS when none is) that the user has a destination for.
 */
public final class Invitations {

    static final String DEFAULT_TEXT = "Your username is {username} and temporary password is {####}.";
    static final String DEFAULT_SUBJECT = "Your temporary password";

    private final AxonRuntime axon;
    private final Clock clock;
    private final MessageTriggers deliveries;

    public Invitations(AxonRuntime axon, Clock clock, MessageTriggers deliveries) {
        this.axon = axon;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    void send(UserPoolState pool, String sub, String username, Map<String, String> attributes, String temporaryPassword,
              List<String> mediums) {
        MessageTemplateType t = pool.settings().adminCreateUserConfig().inviteMessageTemplate();
        for (String name : mediums == null || mediums.isEmpty() ? List.of("SMS") : mediums) {
            DeliveryMedium medium = DeliveryMedium.valueOf(name);
            boolean email = medium == DeliveryMedium.EMAIL;
            String destination = attributes.get(medium.attribute());
            if (destination == null) continue;
            String template = t == null ? null : email ? t.emailMessage() : t.smsMessage();
            String body = (template != null ? template : DEFAULT_TEXT)
                    .replace("{username}", username).replace("{####}", temporaryPassword);
            String subject = email ? (t != null && t.emailSubject() != null ? t.emailSubject() : DEFAULT_SUBJECT) : null;
            axon.send(new Commands.RecordMessageSent(sub, "INVITATION", medium.name(), Masking.mask(medium, destination)));
            deliveries.deliver(pool, new Message(pool.id(), username, medium.name(), destination, "INVITATION",
                    temporaryPassword, subject, body, clock.instant()), MessageTriggers.Occasion.AdminCreateUser, sub,
                    attributes, null);
        }
    }
}

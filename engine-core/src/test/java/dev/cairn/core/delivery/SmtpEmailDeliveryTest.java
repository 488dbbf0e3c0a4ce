package dev.cairn.core.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.cairn.api.error.CodeDeliveryFailureException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.spi.Message;
import dev.cairn.core.CairnEngine;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real SMTP conversation with a real SMTP server (GreenMail) listening on loopback. */
class SmtpEmailDeliveryTest {

    private GreenMail server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("cairn", "s3cret");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anEmailArrivesWithSubjectAndUtf8Body() throws Exception {
        var smtp = new SmtpEmailDelivery(new SmtpEmailDelivery.Settings("127.0.0.1", port, "no-reply@shop.example", "cairn", "s3cret",
                false, null, null), null);
        smtp.deliver(new Message("us-east-1_abc", "alice", "EMAIL", "alice@example.com", "SIGN_UP", "123456",
                "Vérifiez votre adresse", "Votre code est 123456 — merci.", Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Vérifiez votre adresse");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("alice@example.com");
        assertThat(received.getFrom()[0].toString()).isEqualTo("no-reply@shop.example");
        assertThat(received.getContent().toString().trim()).isEqualTo("Votre code est 123456 — merci.");
    }

    @Test
    void theEngineSendsInvitationsThroughIt() throws Exception {
        try (CairnEngine engine = CairnEngine.builder().messageDelivery(new SmtpEmailDelivery(
                SmtpEmailDelivery.Settings.plain("127.0.0.1", port, "no-reply@shop.example"), null)).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("bob").desiredDeliveryMediums("EMAIL")
                    .userAttributes(AttributeType.builder().name("email").value("bob@example.com").build()).build());
            assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(server.getReceivedMessages()[0].getContent().toString()).startsWith("Your username is bob and temporary password is ");
        }
    }

    @Test
    void aDeadServerFailsTheRequestAndLeavesNoUser() throws Exception {
        int closed = freePort();
        try (CairnEngine engine = CairnEngine.builder().messageDelivery(new SmtpEmailDelivery(
                SmtpEmailDelivery.Settings.plain("127.0.0.1", closed, "no-reply@shop.example"), null)).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            assertThatThrownBy(() -> engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("carol")
                    .desiredDeliveryMediums("EMAIL").userAttributes(AttributeType.builder().name("email").value("c@example.com").build()).build()))
                    .isInstanceOf(CodeDeliveryFailureException.class);
            assertThatThrownBy(() -> engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("carol").build()))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }

    @Test
    void smsGoesToTheSmsDeliveryOrIsRefused() {
        Outbox sms = new Outbox();
        var message = new Message("p", "u", "SMS", "+15555550100", "SIGN_UP", "1", null, "code 1", Instant.EPOCH);
        new SmtpEmailDelivery(SmtpEmailDelivery.Settings.plain("127.0.0.1", port, "x@y.example"), sms).deliver(message);
        assertThat(sms.all()).containsExactly(message);
        assertThatThrownBy(() -> new SmtpEmailDelivery(SmtpEmailDelivery.Settings.plain("127.0.0.1", port, "x@y.example"), null).deliver(message))
                .isInstanceOf(IllegalStateException.class);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

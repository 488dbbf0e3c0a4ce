package dev.cairn.core.delivery;

import dev.cairn.api.spi.Message;
import dev.cairn.api.spi.MessageDelivery;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends email messages over SMTP (RFC 5321): EHLO, STARTTLS when asked for, AUTH PLAIN when given
 * credentials, one message per connection. After STARTTLS the server's certificate must be trusted
 * and must name {@link Settings#host()}, or nothing is sent. Text goes out as UTF-8 in base64, so any template text
 * survives. SMS messages are handed to the delivery given for them, if any.
 *
 * <p>A failure (refused connection, a 4xx/5xx reply) throws; the engine turns that into
 * CodeDeliveryFailureException and the request that caused the message writes nothing.
 */
public final class SmtpEmailDelivery implements MessageDelivery {

    /**
     * How to reach and talk to the SMTP server.
     *
     * @param tls the trust for STARTTLS; null trusts the JVM's default certificate authorities
     */
    public record Settings(String host, int port, String from, String username, String password, boolean startTls,
                           Duration timeout, String heloName, SSLContext tls) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            if (timeout == null) timeout = Duration.ofSeconds(10);
            if (heloName == null) heloName = "cairn.localhost";
        }

        /** Settings whose STARTTLS trusts the JVM's default certificate authorities. */
        public Settings(String host, int port, String from, String username, String password, boolean startTls,
                        Duration timeout, String heloName) {
            this(host, port, from, username, password, startTls, timeout, heloName, null);
        }

        /** A server without TLS or authentication, such as a local relay. */
        public static Settings plain(String host, int port, String from) {
            return new Settings(host, port, from, null, null, false, null, null);
        }

        @Override
        public String toString() {
            return "SMTP " + host + ":" + port + " from " + from + (username == null ? "" : " as " + username);
        }
    }

    private final Settings settings;
    private final MessageDelivery sms;

    /** @param sms where SMS messages go; null refuses them */
    public SmtpEmailDelivery(Settings settings, MessageDelivery sms) {
        this.settings = settings;
        this.sms = sms;
    }

    @Override
    public void deliver(Message message) {
        if (!"EMAIL".equals(message.deliveryMedium())) {
            if (sms == null) throw new IllegalStateException("No SMS delivery is configured");
            sms.deliver(message);
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), (int) settings.timeout().toMillis());
            socket.setSoTimeout((int) settings.timeout().toMillis());
            send(socket, message);
        } catch (IOException e) {
            throw new UncheckedIOException("SMTP delivery to " + settings + " failed: " + e.getMessage(), e);
        }
    }

    private void send(Socket plain, Message m) throws IOException {
        Conversation c = new Conversation(plain);
        c.expect(220);
        List<String> capabilities = c.command("EHLO " + settings.heloName(), 250);
        if (settings.startTls()) {
            if (capabilities.stream().noneMatch(l -> l.toUpperCase().startsWith("STARTTLS"))) {
                throw new IOException("the server does not offer STARTTLS");
            }
            c.command("STARTTLS", 220);
            c = new Conversation(startTls(plain));
            c.command("EHLO " + settings.heloName(), 250);
        }
        if (settings.username() != null) {
            String token = Base64.getEncoder().encodeToString(("\0" + settings.username() + "\0" + settings.password())
                    .getBytes(StandardCharsets.UTF_8));
            c.command("AUTH PLAIN " + token, 235);
        }
        c.command("MAIL FROM:<" + settings.from() + ">", 250);
        c.command("RCPT TO:<" + m.destination() + ">", 250, 251);
        c.command("DATA", 354);
        c.write(mime(m));
        c.command(".", 250);
        c.command("QUIT", 221);
    }

    private SSLSocket startTls(Socket plain) throws IOException {
        SSLSocketFactory factory = settings.tls() != null ? settings.tls().getSocketFactory() : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, settings.host(), settings.port(), true);
        // A socket layered over a plain one checks the chain but not the name (RFC 6125) unless
        // told to: any certificate any trusted CA signed, for any domain, would then do, and a
        // man in the middle would read every code and temporary password we send.
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private String mime(Message m) {
        String subject = m.subject() == null ? "" : m.subject();
        String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(m.body().getBytes(StandardCharsets.UTF_8));
        return "From: " + settings.from() + "\r\n"
                + "To: " + m.destination() + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(m.sentAt().atOffset(ZoneOffset.UTC)) + "\r\n"
                + "Message-ID: <" + UUID.nameUUIDFromBytes((m.userPoolId() + m.username() + m.sentAt()).getBytes(StandardCharsets.UTF_8))
                + "@" + settings.heloName() + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    /** One SMTP exchange: commands out, multi-line replies in, codes checked. */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            this.out = socket.getOutputStream();
        }

        List<String> command(String line, int... accepted) throws IOException {
            write(line + "\r\n");
            return expect(accepted);
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Reads one reply (all its lines) and checks its code; returns the text of each line. */
        List<String> expect(int... accepted) throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = in.readLine();
                if (line == null || line.length() < 3) throw new IOException("the server closed the connection");
                lines.add(line.length() > 4 ? line.substring(4) : "");
            } while (line.length() > 3 && line.charAt(3) == '-');
            int code = Integer.parseInt(line.substring(0, 3));
            for (int a : accepted) if (a == code) return lines;
            throw new IOException("the server answered " + line);
        }
    }
}

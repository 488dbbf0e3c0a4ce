package dev.cairn.core.delivery;

import dev.cairn.api.spi.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * STARTTLS checks that the SMTP server's certificate names the host Cairn meant to reach: a trusted
 * certificate for another name is a man in the middle, and nothing is sent to it. (GreenMail has
 * no STARTTLS, so a small SMTP server that upgrades with a given certificate stands in.)
 */
class SmtpStartTlsTest {

    @TempDir
    Path dir;
    private StartTlsServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void aCertificateForTheHostIsAcceptedAndTheMessageSent() throws Exception {
        KeyStore keys = certificateFor("localhost");
        server = new StartTlsServer(keys);
        delivery(keys).deliver(message());
        assertThat(server.awaitMessages(1)).singleElement().asString().contains("Subject: ");
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefusedBeforeAnythingIsSent() throws Exception {
        KeyStore keys = certificateFor("mail.other.example");
        server = new StartTlsServer(keys);
        assertThatThrownBy(() -> delivery(keys).deliver(message()))
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .hasMessageContaining("localhost")
                .cause().isInstanceOf(SSLHandshakeException.class);
        assertThat(server.messages).isEmpty();
    }

    /** Trusts exactly the certificate in {@code keys}, so only its name can fail it. */
    private SmtpEmailDelivery delivery(KeyStore keys) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return new SmtpEmailDelivery(new SmtpEmailDelivery.Settings("localhost", server.port(), "no-reply@shop.example", null, null,
                true, Duration.ofSeconds(5), null, tls), null);
    }

    private static Message message() {
        return new Message("us-east-1_abc", "alice", "EMAIL", "alice@example.com", "SIGN_UP", "123456",
                "Your code", "Your code is 123456", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A self-signed certificate whose subject and only DNS name is {@code name}, made by the JDK's keytool. */
    private KeyStore certificateFor(String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + name, "-ext", "SAN=dns:" + name,
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keys.load(in, "changeit".toCharArray());
        }
        return keys;
    }

    /** Answers one SMTP conversation at a time, upgrading to TLS with its certificate on STARTTLS. */
    private static final class StartTlsServer implements AutoCloseable {
        final List<String> messages = new CopyOnWriteArrayList<>();
        private final ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final SSLContext tls = SSLContext.getInstance("TLS");

        StartTlsServer(KeyStore keys) throws Exception {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, "changeit".toCharArray());
            tls.init(kmf.getKeyManagers(), null, null);
            Thread t = new Thread(this::serve, "fake-smtp");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        List<String> awaitMessages(int n) throws InterruptedException {
            for (int i = 0; i < 500 && messages.size() < n; i++) Thread.sleep(10);
            return messages;
        }

        private void serve() {
            while (!listener.isClosed()) {
                try (Socket plain = listener.accept()) {
                    plain.setSoTimeout(5000);
                    converse(plain);
                } catch (Exception e) {
                    // the client gave up (as it must on a certificate for another name); wait for the next
                }
            }
        }

        private void converse(Socket plain) throws Exception {
            Socket socket = plain;
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            reply(out, "220 fake ESMTP");
            StringBuilder data = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (data != null) {
                    if (!line.equals(".")) {
                        data.append(line).append('\n');
                        continue;
                    }
                    messages.add(data.toString());
                    data = null;
                    reply(out, "250 queued");
                } else if (line.startsWith("EHLO")) {
                    reply(out, socket instanceof SSLSocket ? "250 fake" : "250-fake\r\n250 STARTTLS");
                } else if (line.equals("STARTTLS")) {
                    reply(out, "220 go ahead");
                    SSLSocket upgraded = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), false);
                    upgraded.setUseClientMode(false);
                    upgraded.startHandshake();
                    socket = upgraded;
                    in = reader(socket);
                    out = socket.getOutputStream();
                } else if (line.equals("DATA")) {
                    reply(out, "354 go on");
                    data = new StringBuilder();
                } else if (line.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        }

        private static BufferedReader reader(Socket socket) throws Exception {
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        }

        private static void reply(OutputStream out, String text) throws Exception {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws Exception {
            listener.close();
        }
    }
}

package dev.cairn.http;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow or stalled clients cost sockets, not workers, and are cut off at the server's own timeouts
 * and per-address connection limit: an application embedding the server gets the same.
 */
class SlowClientsTest {

    private static final String HEADERS = "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AWSCognitoIdentityProviderService.AdminGetUser\r\n";

    @Test
    void twiceTheWorkersInHalfSentRequestsDoNotDelayANormalOne() throws Exception {
        int workers = 8;
        try (WireFixture fixture = new WireFixture(b -> b.threads(workers))) {
            String body = seedUser(fixture);
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < workers; i++) {
                    stalled.add(send(fixture, HEADERS.substring(0, 40)));                                  // headers cut short
                    stalled.add(send(fixture, HEADERS + "Content-Length: 100\r\n\r\n{\"UserPoolId\":"));  // body cut short
                }
                Thread.sleep(200); // every stalled request has reached the server
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    assertThat(fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/")).timeout(Duration.ofSeconds(2))
                            .header("X-Amz-Target", ApiRoute.TARGET_PREFIX + "AdminGetUser")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode()).isEqualTo(200);
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                }
            } finally {
                for (Socket s : stalled) s.close();
            }
        }
    }

    @Test
    void headersTrickledByteByByteAreCutAtTheHeaderTimeoutThoughBytesKeepComing() throws Exception {
        try (WireFixture fixture = new WireFixture(b -> b.headerTimeout(Duration.ofSeconds(1)));
             Socket s = new Socket("localhost", fixture.server.port())) {
            s.setSoTimeout(100);
            long start = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < 50 && !closed; i++) {
                try {
                    s.getOutputStream().write(HEADERS.charAt(i % HEADERS.length() / 2 + 1)); // never the blank line
                    closed = s.getInputStream().read() < 0;
                } catch (SocketTimeoutException e) {
                    // still open: send the next byte
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertThat(closed).as("the connection was closed").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900), Duration.ofMillis(3500));
        }
    }

    @Test
    void aBodyNotCompleteWithinTheBodyTimeoutIsARequestTimeout() throws Exception {
        try (WireFixture fixture = new WireFixture(b -> b.bodyTimeout(Duration.ofSeconds(1)));
             Socket s = send(fixture, HEADERS + "Content-Length: 100\r\n\r\n{")) {
            s.setSoTimeout(5000);
            long start = System.nanoTime();
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 408").contains("RequestTimeoutException");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws Exception {
        try (WireFixture fixture = new WireFixture(b -> b.maxConnectionsPerAddress(4))) {
            String body = seedUser(fixture);
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) held.add(send(fixture, ""));
                Thread.sleep(200); // the server has counted them in, so the next one is the one over
                Socket over = send(fixture, "");
                over.setSoTimeout(2000);
                assertThat(readOrClosed(over.getInputStream())).as("the fifth connection is closed").isTrue();
                over.close();
                Thread.sleep(100);
                assertThat(held).allSatisfy(s -> assertThat(s.isClosed()).isFalse());

                held.remove(0).close();
                Thread.sleep(100);
                assertThat(fixture.post("AdminGetUser", body).statusCode()).isEqualTo(200);
            } finally {
                for (Socket s : held) s.close();
            }
        }
    }

    /** Whether the server closed the connection (rather than leaving it open past the socket's read timeout). */
    private static boolean readOrClosed(InputStream in) {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String seedUser(WireFixture fixture) {
        String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("slow").build()).userPool().id();
        fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("x").messageAction("SUPPRESS").build());
        return "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"x\"}";
    }

    private static Socket send(WireFixture fixture, String bytes) throws IOException {
        Socket s = new Socket("localhost", fixture.server.port());
        OutputStream out = s.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }
}

package dev.cairn.http;

import dev.cairn.api.model.ListUserPoolsRequest;
import dev.cairn.core.CairnEngine;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stopping the server finishes the requests in flight and takes no new ones. */
class GracefulShutdownTest {

    @Test
    void aWriteInFlightWhenTheServerStopsIsCompletedAndAcknowledged() throws Exception {
        CairnEngine engine = CairnEngine.builder().build();
        CairnServer server = CairnServer.builder(engine).port(0).build().start();
        String body = "{\"PoolName\":\"last-one\"}";
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AWSCognitoIdentityProviderService.CreateUserPool\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 5)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300); // the request is now in a worker, waiting for the rest of its body

            long start = System.nanoTime();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
            Thread.sleep(300);
            assertThat(stopping).isNotDone();
            assertThatThrownBy(() -> new Socket("localhost", server.port()).close()).isInstanceOf(ConnectException.class);

            out.write(body.substring(5).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = readReply(s.getInputStream());
            assertThat(reply).startsWith("HTTP/1.1 200").contains("\"Name\":\"last-one\"");
            stopping.get(10, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            engine.close();
        }
        assertThat(engine.listUserPools(ListUserPoolsRequest.builder().maxResults(10).build()).userPools())
                .extracting(p -> p.name()).containsExactly("last-one");
    }

    @Test
    void anIdleServerStopsAtOnce() throws Exception {
        try (CairnEngine engine = CairnEngine.builder().build()) {
            CairnServer server = CairnServer.builder(engine).port(0).build().start();
            long start = System.nanoTime();
            server.stop(Duration.ofSeconds(20));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static String readReply(InputStream in) throws Exception {
        StringBuilder reply = new StringBuilder();
        byte[] buf = new byte[8192];
        int contentLength = -1;
        while (true) {
            int n = in.read(buf);
            if (n < 0) break;
            reply.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            int headerEnd = reply.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                if (contentLength < 0) {
                    String headers = reply.substring(0, headerEnd).toLowerCase();
                    int at = headers.indexOf("content-length: ");
                    contentLength = Integer.parseInt(headers.substring(at + 16).split("\r\n")[0].trim());
                }
                if (reply.length() - headerEnd - 4 >= contentLength) break;
            }
        }
        return reply.toString();
    }
}

package dev.cairn.http;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The server serves many clients at once and stays responsive while some of them are slow. */
class ConcurrentClientsTest {

    @Test
    void sixtyFourClientsReadAndWriteAtOnce() throws Exception {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("busy").build()).userPool().id();
            ExecutorService clients = Executors.newFixedThreadPool(64);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < 64; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    go.await();
                    List<Integer> statuses = new ArrayList<>();
                    statuses.add(fixture.post("AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"u" + client
                            + "\",\"MessageAction\":\"SUPPRESS\"}").statusCode());
                    for (int i = 0; i < 10; i++) {
                        statuses.add(fixture.post("AdminGetUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"u" + client + "\"}").statusCode());
                    }
                    return statuses;
                }));
            }
            go.countDown();
            for (Future<List<Integer>> r : results) assertThat(r.get(60, TimeUnit.SECONDS)).containsOnly(200);
            clients.shutdown();
            HttpResponse<String> listed = fixture.post("ListUsers", "{\"UserPoolId\":\"" + pool + "\",\"Limit\":60}");
            assertThat(WireErrors.json(listed).get("Users")).hasSize(60);
        }
    }

    /** Regression: with Nagle's algorithm on, each reply's body waited for the client's delayed ACK (~40 ms). */
    @Test
    void oneConnectionServesRequestsBackToBack() {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("fast").build()).userPool().id();
            fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("x").messageAction("SUPPRESS").build());
            String body = "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"x\"}";
            for (int i = 0; i < 50; i++) fixture.post("AdminGetUser", body);
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) assertThat(fixture.post("AdminGetUser", body).statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void sixtyFourStalledSendersDoNotStarveOtherClients() throws Exception {
        try (WireFixture fixture = new WireFixture()) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("slow").build()).userPool().id();
            fixture.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("x").messageAction("SUPPRESS").build());
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 64; i++) {
                    Socket s = new Socket("localhost", fixture.server.port());
                    OutputStream out = s.getOutputStream();
                    // Headers complete, body promised but never sent: each holds a worker thread in readBody.
                    out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AWSCognitoIdentityProviderService.AdminGetUser\r\n"
                            + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    stalled.add(s);
                }
                long start = System.nanoTime();
                CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                        fixture.post("AdminGetUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"x\"}").statusCode());
                assertThat(status.get(5, TimeUnit.SECONDS)).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            } finally {
                for (Socket s : stalled) s.close();
            }
        }
    }
}

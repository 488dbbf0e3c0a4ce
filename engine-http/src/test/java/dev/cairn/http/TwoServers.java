package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cairn.core.CairnEngine;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.storage.PostgresServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two Cairn server processes (separate JVMs started from this test's classpath, as
 * {@code java dev.cairn.http.Main --jdbc-url ...}) on one PostgreSQL database, as a team scales out,
 * behind a round-robin balancer that lives in the client: each request an SDK client of this target
 * sends, and each GET, goes to the next server in turn. Both servers advertise the balancer's
 * endpoint, as every node of a deployment must, so a token one issues verifies on the other.
 *
 * <p>Every reply with a server fault (HTTP 500, 502, 503, 504; 501 is Cairn's answer for an
 * operation it lacks) is recorded in {@link #faults()}.
 */
final class TwoServers implements WireTarget {

    /** The public endpoint both servers advertise: the balancer's, which nothing resolves here. */
    static final String BALANCER = "http://cairn-balancer.test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final List<Process> servers = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final int[] ports = new int[2];
    private final AtomicInteger turn = new AtomicInteger();
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CairnEngine engine;

    private TwoServers() {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("wire");
        try {
            for (int i = 0; i < ports.length; i++) {
                ports[i] = freePort();
                servers.add(launch(i, url, pg.user(), pg.password()));
            }
            for (int i = 0; i < ports.length; i++) awaitReady(i);
        } catch (RuntimeException e) {
            servers.forEach(Process::destroyForcibly);
            throw e;
        }
        engine = CairnEngine.builder().storage(JdbcStorage.postgres(url, pg.user(), pg.password())).build();
    }

    /** Starts both servers on a new database and waits until both answer. */
    static TwoServers start() {
        return new TwoServers();
    }

    /** The server faults seen so far, as "status method path". */
    List<String> faults() {
        return List.copyOf(faults);
    }


    @Override
    public CognitoIdentityProviderClientBuilder sdkBuilder() {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create("http://localhost:" + ports[0]))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(WireFixture.ACCESS_KEY_ID, "not-checked")))
                .httpClient(new RoundRobin(ApacheHttpClient.builder().maxConnections(64).build()));
    }

    @Override
    public HttpResponse<String> get(String rawPath) {
        return send(URI.create("http://localhost:" + nextPort() + rawPath));
    }

    @Override
    public HttpResponse<String> put(String rawPathAndQuery, String body) {
        URI uri = URI.create("http://localhost:" + nextPort() + rawPathAndQuery);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            recordFault(response.statusCode(), "PUT", uri.getRawPath());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CairnEngine engine() {
        return engine;
    }

    /** Each server keeps the messages it sent; the user's are those of both, in the order they were sent. */
    @Override
    public JsonNode outbox(String userPoolId, String username) {
        List<JsonNode> messages = new ArrayList<>();
        for (int port : ports) {
            URI uri = URI.create("http://localhost:" + port + "/_engine/outbox?UserPoolId=" + userPoolId + "&Username=" + username);
            WireErrors.json(send(uri)).get("Messages").forEach(messages::add);
        }
        messages.sort(Comparator.comparingDouble(m -> m.get("SentAt").asDouble()));
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        messages.forEach(all::add);
        return all;
    }

    @Override
    public void close() {
        engine.close();
        for (Process server : servers) server.destroy(); // SIGTERM: the server lets requests in flight finish
        for (Process server : servers) {
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private int nextPort() {
        return ports[Math.floorMod(turn.getAndIncrement(), ports.length)];
    }

    private void recordFault(int status, String method, String path) {
        if (status >= 500 && status != 501) faults.add(status + " " + method + " " + path);
    }

    private HttpResponse<String> send(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            recordFault(response.statusCode(), "GET", uri.getRawPath());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process launch(int node, String jdbcUrl, String user, String password) {
        try {
            Path log = Files.createDirectories(Path.of("target", "two-servers")).resolve("server-" + node + ".log");
            logs.add(log);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Ddisable-axoniq-console-message=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--port", String.valueOf(ports[node]), "--jdbc-url", jdbcUrl, "--jdbc-user", user, "--endpoint", BALANCER)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("CAIRN_"));
            if (password != null) builder.environment().put("CAIRN_JDBC_PASSWORD", password);
            Process server = builder.start();
            // A test JVM that dies without closing this target leaves no server behind.
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly, "cairn-server-" + node + "-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start server " + node, e);
        }
    }

    private void awaitReady(int node) {
        URI probe = URI.create("http://localhost:" + ports[node] + "/_engine/outbox?UserPoolId=probe&Username=probe");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!servers.get(node).isAlive()) throw new IllegalStateException("Server " + node + " exited:\n" + tail(node));
            try {
                if (http.send(HttpRequest.newBuilder(probe).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) throw new IllegalStateException("Server " + node + " did not start:\n" + tail(node));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String tail(int node) {
        try {
            List<String> lines = Files.readAllLines(logs.get(node));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The balancer: sends each request to the next server in turn, and notes server faults. */
    private final class RoundRobin implements SdkHttpClient {
        private final SdkHttpClient delegate;

        RoundRobin(SdkHttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            HttpExecuteRequest routed = HttpExecuteRequest.builder()
                    .request(request.httpRequest().toBuilder().port(nextPort()).build())
                    .contentStreamProvider(request.contentStreamProvider().orElse(null))
                    .metricCollector(request.metricCollector().orElse(null))
                    .build();
            ExecutableHttpRequest call = delegate.prepareRequest(routed);
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    HttpExecuteResponse response = call.call();
                    recordFault(response.httpResponse().statusCode(), "POST",
                            request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("/"));
                    return response;
                }

                @Override
                public void abort() {
                    call.abort();
                }
            };
        }

        @Override
        public String clientName() {
            return "RoundRobin";
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}

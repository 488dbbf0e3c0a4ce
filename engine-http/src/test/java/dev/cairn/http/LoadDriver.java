package dev.cairn.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures AdminGetUser requests per second against a running server, with N concurrent
 * clients, each a keep-alive HTTP/1.1 connection sending one request after another.
 * JDK only, so it runs from the test classes alone:
 *
 * <pre>
 * java -cp engine-http/target/test-classes dev.cairn.http.LoadDriver http://localhost:9229 16 20
 * </pre>
 *
 * Arguments: endpoint, clients (default 1), seconds measured (default 20); a 5-second warm-up
 * runs first. It creates its own pool and user. On two cores this JDK client costs the server
 * CPU; {@code src/test/wrk/admin-get-user.lua} drives the same request from wrk for a truer figure.
 */
public final class LoadDriver {

    private static final Pattern POOL_ID = Pattern.compile("\"Id\":\"([^\"]+)\"");

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://localhost:9229");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;

        HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Matcher m = POOL_ID.matcher(post(setup, endpoint, "CreateUserPool", "{\"PoolName\":\"load\"}").body());
        if (!m.find()) throw new IllegalStateException("CreateUserPool failed");
        String pool = m.group(1);
        post(setup, endpoint, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"load-user\",\"MessageAction\":\"SUPPRESS\","
                + "\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"load@example.com\"}]}");
        String body = "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"load-user\"}";

        run(endpoint, clients, 5, body);
        Result r = run(endpoint, clients, seconds, body);
        System.out.printf("AdminGetUser, %d client(s), %d s: %d ok, %d failed, %.0f req/s, latency p50 %.2f ms, p99 %.2f ms%n",
                clients, seconds, r.ok, r.failed, r.ok / (double) seconds, r.percentile(50), r.percentile(99));
    }

    private record Result(long ok, long failed, long[] latenciesNanos) {
        double percentile(int p) {
            if (latenciesNanos.length == 0) return 0;
            return latenciesNanos[Math.min(latenciesNanos.length - 1, latenciesNanos.length * p / 100)] / 1e6;
        }
    }

    private static Result run(URI endpoint, int clients, int seconds, String body) throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        List<long[]> samples = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1_000_000];
            samples.add(mine);
            int index = c;
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int n = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = post(client, endpoint, "AdminGetUser", body);
                        if (response.statusCode() == 200) ok.increment();
                        else failed.increment();
                        if (n < mine.length) mine[n++] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    failed.increment();
                } finally {
                    samples.set(index, Arrays.copyOf(mine, n));
                    done.countDown();
                }
            }, "load-" + c);
            t.start();
        }
        done.await();
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(ok.sum(), failed.sum(), all);
    }

    private static HttpResponse<String> post(HttpClient client, URI endpoint, String operation, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

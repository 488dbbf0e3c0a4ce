package dev.cairn.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build's training run for the {@code cairn} launcher: starts the standalone server as
 * {@code java -jar cairn-server.jar} does (H2 in the data folder given as the argument, local mode,
 * a free loopback port),
 * makes the requests of a developer's first minutes (a pool, a client, a user with a password, a
 * password sign-in, ListUsers, the JWKS, health), then exits. Under
 * {@code -XX:ArchiveClassesAtExit=cairn-server.jsa} the JVM records every class this loaded, and the
 * launcher starts the server from that archive: classes mapped ready-parsed instead of read from
 * the jar and verified. Exits with status 1 if a request fails, so a server that cannot start fails
 * the build.
 */
final class StartupTraining {

    private static final Pattern STRING_FIELD = Pattern.compile("\"(Id|ClientId)\":\"([^\"]+)\"");

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: StartupTraining DATA_FOLDER");
            System.exit(2);
        }
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            Main.main(new String[]{"--port", String.valueOf(port), "--data", args[0]});
            String base = "http://127.0.0.1:" + port;
            call(base, "ListUserPools", "{\"MaxResults\":1}");
            String pool = field(call(base, "CreateUserPool", "{\"PoolName\":\"training\"}"), "Id");
            String client = field(call(base, "CreateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientName\":\"web\","
                    + "\"ExplicitAuthFlows\":[\"ALLOW_USER_PASSWORD_AUTH\",\"ALLOW_USER_SRP_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}"), "ClientId");
            String user = "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"alice\"";
            call(base, "AdminCreateUser", user + ",\"MessageAction\":\"SUPPRESS\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"alice@example.com\"}]}");
            call(base, "AdminSetUserPassword", user + ",\"Password\":\"Corr3ct-Horse!\",\"Permanent\":true}");
            call(base, "InitiateAuth", "{\"ClientId\":\"" + client + "\",\"AuthFlow\":\"USER_PASSWORD_AUTH\","
                    + "\"AuthParameters\":{\"USERNAME\":\"alice\",\"PASSWORD\":\"Corr3ct-Horse!\"}}");
            call(base, "AdminGetUser", user + "}");
            call(base, "ListUsers", "{\"UserPoolId\":\"" + pool + "\",\"Filter\":\"email ^= \\\"alice\\\"\"}");
            get(base + "/" + pool + "/.well-known/jwks.json");
            get(base + "/health");
            get(base + "/_engine/outbox?UserPoolId=" + pool + "&Username=alice");
        } catch (IOException | RuntimeException e) {
            System.err.println("The training run failed: " + e);
            System.exit(1);
        }
        System.exit(0); // the server's shutdown hook stops it; the JVM writes the archive as it exits
    }

    private static String call(String base, String operation, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + "/").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        c.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
        c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return answer(c, operation);
    }

    private static String get(String url) throws IOException {
        return answer((HttpURLConnection) URI.create(url).toURL().openConnection(), url);
    }

    private static String answer(HttpURLConnection c, String what) throws IOException {
        if (c.getResponseCode() != 200) throw new IOException(what + " answered HTTP " + c.getResponseCode());
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String field(String json, String name) {
        Matcher m = STRING_FIELD.matcher(json);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        throw new IllegalStateException("No " + name + " in " + json);
    }
}

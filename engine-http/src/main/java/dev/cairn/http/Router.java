package dev.cairn.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cairn.api.error.CognitoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The server's only {@link HttpHandler}: picks the route, turns every failure into an AWS-shaped
 * error (never a stack trace: an unexpected one is logged here and answered as
 * {@code InternalErrorException}), writes the reply, and logs one access line.
 */
final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final String AMZ_JSON = "application/x-amz-json-1.1";
    private static final String JSON = "application/json";
    /** How many times the body limit an oversized body may run on before its connection is cut. */
    private static final int DISCARD_LIMIT = 16;
    private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9, -]{1,1000}");

    private final ApiRoute api;
    private final WellKnownRoute wellKnown;
    private final LocalRoute local;
    private final int maxBodyBytes;
    private final AccessLog accessLog;
    /** Reset runs alone: requests in flight finish first, and none starts halfway through a wipe. */
    private final ReadWriteLock resetLock = new ReentrantReadWriteLock();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    /** @param local the local-mode routes, or null outside local mode */
    Router(ApiRoute api, WellKnownRoute wellKnown, LocalRoute local, int maxBodyBytes, AccessLog accessLog) {
        this.api = api;
        this.wellKnown = wellKnown;
        this.local = local;
        this.maxBodyBytes = maxBodyBytes;
        this.accessLog = accessLog;
    }

    /** From now on every request is answered 503 without reaching the engine. */
    void beginDrain() {
        draining = true;
    }

    /**
     * Waits until no request is being handled, at most {@code timeout}. Called after
     * {@link #beginDrain()}, no request can start an engine call once this saw zero: a request
     * counts itself in before it reads {@code draining}.
     *
     * @return whether the server is idle
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            if (draining) {
                send(exchange, Reply.error(503, "ServiceUnavailableException", "The server is shutting down."), JSON, UUID.randomUUID().toString());
            } else {
                serve(exchange);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void serve(HttpExchange exchange) {
        long start = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String route = method + " (no route)";
        boolean api = false;
        Reply reply;
        try {
            if (method.equals("POST") && uri.getRawPath().equals("/")) {
                api = true;
                route = Objects.requireNonNullElse(this.api.operationName(exchange.getRequestHeaders().getFirst("X-Amz-Target")), "UnknownOperation");
                byte[] body = readBody(exchange);
                reply = locked(resetLock.readLock(), () -> this.api.handle(exchange, body, requestId));
            } else if (method.equals("OPTIONS")) {
                route = "OPTIONS";
                reply = new Reply(204, new byte[0], null);
            } else {
                Optional<Reply> found = method.equals("GET") ? wellKnown.handle(uri.getRawPath()) : Optional.empty();
                if (found.isPresent()) {
                    route = "GET /{userPoolId}/.well-known/" + (uri.getRawPath().endsWith("jwks.json") ? "jwks.json" : "openid-configuration");
                } else if (local != null) {
                    found = uri.getRawPath().equals("/_engine/reset")
                            ? locked(resetLock.writeLock(), () -> local.handle(method, uri))
                            : local.handle(method, uri);
                    if (found.isPresent()) route = method + " " + uri.getRawPath();
                }
                reply = found.orElseGet(() -> Reply.error(404, "NotFoundException", "No resource at this method and path."));
            }
        } catch (WireError e) {
            reply = Reply.error(e.status(), e.type(), e.getMessage());
        } catch (CognitoException e) {
            reply = Reply.error(e.httpStatus(), e.errorType(), Objects.requireNonNullElse(e.getMessage(), ""));
        } catch (IOException e) {
            // The client went away while sending; there is no one to answer.
            LOG.debug("Request body unreadable: {}", e.toString());
            exchange.close();
            return;
        } catch (RuntimeException e) {
            LOG.error("Internal error serving {} (request {})", route, requestId, e);
            reply = Reply.error(500, "InternalErrorException", "Internal server error.");
        }
        send(exchange, reply, api ? AMZ_JSON : JSON, requestId);
        accessLog.log(route, reply.status(), reply.errorType(), (System.nanoTime() - start) / 1000,
                exchange.getRemoteAddress().getAddress().getHostAddress(), Caller.accessKeyId(exchange.getRequestHeaders()), requestId);
    }

    /**
     * At most {@code maxBodyBytes}, whatever Content-Length claims or a chunked body turns out to
     * hold. The rest of an oversized body is read and dropped, up to {@link #DISCARD_LIMIT} times
     * the limit, so the client, still sending, reads the 413 instead of a reset connection; past
     * that the connection is cut.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean declaredTooLarge = declared != null && (declared.length() > 10
                || declared.chars().allMatch(Character::isDigit) && Long.parseLong(declared) > maxBodyBytes);
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = declaredTooLarge ? new byte[0] : in.readNBytes(maxBodyBytes + 1);
            if (!declaredTooLarge && body.length <= maxBodyBytes) return body;
            long left = (long) maxBodyBytes * DISCARD_LIMIT;
            byte[] sink = new byte[64 * 1024];
            for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0; ) left -= n;
            throw new WireError(413, "RequestEntityTooLargeException", "The request body exceeds " + maxBodyBytes + " bytes.");
        }
    }

    private static <T> T locked(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private static void send(HttpExchange exchange, Reply reply, String contentType, String requestId) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("x-amzn-RequestId", requestId);
        // Browser apps (Amplify, amazon-cognito-identity-js) call Cognito cross-origin, as they call the real one.
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amzn-ErrorType");
        if (reply.status() == 204) {
            String asked = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
            headers.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            headers.set("Access-Control-Allow-Headers", asked != null && HEADER_LIST.matcher(asked).matches() ? asked : "*");
            headers.set("Access-Control-Max-Age", "86400");
        } else {
            headers.set("Content-Type", contentType);
        }
        if (reply.errorType() != null) headers.set("x-amzn-ErrorType", reply.errorType());
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            out.write(reply.body());
        } catch (IOException e) {
            LOG.debug("Reply not delivered: {}", e.toString());
        } finally {
            exchange.close();
        }
    }
}

package dev.cairn.http;

import dev.cairn.api.error.CognitoException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The server's only handler: picks the route, turns every failure into an AWS-shaped error (never
 * a stack trace: an unexpected one is logged here and answered as {@code InternalErrorException}),
 * writes the reply, and logs one access line.
 */
final class Router extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final String AMZ_JSON = "application/x-amz-json-1.1";
    private static final String JSON = "application/json";
    private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9, -]{1,1000}");

    /** The settings the router needs besides its routes. */
    record Limits(int maxBodyBytes, Duration bodyTimeout) {
    }

    private final ApiRoute api;
    private final WellKnownRoute wellKnown;
    private final OAuthRoute oauth;
    private final LocalRoute local;
    private final OpsRoute ops;
    private final UserImportRoute imports;
    private final Limits limits;
    private final AccessLog accessLog;
    private final ConnectionGuard guard;
    private final HostAllowList hosts;
    private final Scheduler scheduler;
    /** Reset runs alone: requests in flight finish first, and none starts halfway through a wipe. */
    private final ReadWriteLock resetLock = new ReentrantReadWriteLock();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    /** @param local the local-mode routes, or null outside local mode */
    Router(ApiRoute api, WellKnownRoute wellKnown, OAuthRoute oauth, LocalRoute local, OpsRoute ops, UserImportRoute imports, Limits limits,
           AccessLog accessLog, ConnectionGuard guard, HostAllowList hosts, Scheduler scheduler) {
        super(InvocationType.BLOCKING);
        this.api = api;
        this.wellKnown = wellKnown;
        this.oauth = oauth;
        this.local = local;
        this.ops = ops;
        this.imports = imports;
        this.limits = limits;
        this.accessLog = accessLog;
        this.guard = guard;
        this.hosts = hosts;
        this.scheduler = scheduler;
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
    public boolean handle(Request request, Response response, Callback callback) {
        inFlight.incrementAndGet();
        guard.requestArrived(request.getConnectionMetaData().getConnection());
        Exchange exchange = new Exchange(request, response, callback);
        String host = request.getHeaders().get(HttpHeader.HOST);
        Optional<OAuthRoute.Target> oauthTarget;
        if (draining) {
            exchange.reply(Reply.error(503, "ServiceUnavailableException", "The server is shutting down."));
        } else if (!hosts.allows(host) && !OpsRoute.owns(exchange.path()) && !(oauth.servesHost(host) && oauth.target(exchange.path(), host).isPresent())) {
            // A pool domain's host name reaches that domain's endpoints only, never the API or the local routes.
            // Probes and scrapers name the server by whatever address reaches it (a pod's IP); what
            // these routes answer holds no personal value or secret, so no rebinding page gains by them.
            exchange.reply(misdirected(host));
        } else if (request.getMethod().equals("POST") && exchange.path().equals("/")) {
            exchange.api = true;
            exchange.route = Objects.requireNonNullElse(api.operationName(request.getHeaders().get("X-Amz-Target")), "UnknownOperation");
            BodyReader.read(request, limits.maxBodyBytes(), limits.bodyTimeout(), scheduler, read -> {
                if (read.failure() != null) {
                    // The client went away while sending; there is no one to answer.
                    LOG.debug("Request body unreadable: {}", read.failure().toString());
                    exchange.abandon(read.failure());
                } else if (read.error() != null) {
                    exchange.reply(Reply.error(read.error().status(), read.error().type(), read.error().getMessage()));
                } else {
                    exchange.reply(exchange.attempt(() -> locked(resetLock.readLock(), () -> api.handle(request, read.body(), exchange.requestId))));
                }
            });
        } else if (UserImportRoute.owns(request.getMethod(), exchange.path())) {
            exchange.route = "PUT /_user-import/{jobId}";
            BodyReader.read(request, (int) dev.cairn.core.userimport.UserImportService.MAX_FILE_BYTES, limits.bodyTimeout(), scheduler, read -> {
                if (read.failure() != null) {
                    exchange.abandon(read.failure());
                } else if (read.error() != null) {
                    exchange.reply(Reply.error(read.error().status(), read.error().type(), read.error().getMessage()));
                } else {
                    exchange.reply(exchange.attempt(() -> locked(resetLock.readLock(),
                            () -> imports.handle(exchange.path(), request.getHttpURI().getQuery(), read.body()))));
                }
            });
        } else if ((request.getMethod().equals("POST") || request.getMethod().equals("GET"))
                && (oauthTarget = oauth.target(exchange.path(), host)).isPresent()) {
            exchange.route = request.getMethod() + " /{domain}" + oauthTarget.get().endpoint();
            exchange.hosted = true;
            BodyReader.read(request, limits.maxBodyBytes(), limits.bodyTimeout(), scheduler, read -> {
                if (read.failure() != null) {
                    exchange.abandon(read.failure());
                } else if (read.error() != null) {
                    exchange.reply(Reply.error(read.error().status(), read.error().type(), read.error().getMessage()));
                } else {
                    InetSocketAddress remote = (InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress();
                    OAuthRoute.Call call = new OAuthRoute.Call(request.getMethod(), request.getHttpURI().getQuery(),
                            request.getHeaders().get(HttpHeader.CONTENT_TYPE), request.getHeaders().get(HttpHeader.AUTHORIZATION),
                            request.getHeaders().get(HttpHeader.COOKIE), request.isSecure(), remote.getAddress().getHostAddress(), read.body(), host);
                    exchange.reply(exchange.attempt(() -> locked(resetLock.readLock(), () -> oauth.handle(oauthTarget.get(), call))));
                }
            });
        } else {
            exchange.reply(exchange.attempt(() -> other(exchange)));
        }
        return true;
    }

    private static Reply misdirected(String host) {
        String named = host == null ? "none" : host.replaceAll("[^\\w.:\\[\\]-]", "?");
        return Reply.error(421, "MisdirectedRequestException", "This server does not answer for the host in the Host header ("
                + named + "). If clients reach it under that name, add it with --allowed-host (CAIRN_ALLOWED_HOSTS).");
    }

    private Reply other(Exchange exchange) {
        String method = exchange.request.getMethod();
        String path = exchange.path();
        if (method.equals("OPTIONS")) {
            exchange.route = "OPTIONS";
            return new Reply(204, new byte[0], null);
        }
        Optional<Reply> found = OpsRoute.owns(path) ? ops.handle(method, path) : Optional.empty();
        if (found.isPresent()) {
            exchange.route = method + " " + path;
            return found.get();
        }
        found = method.equals("GET") ? wellKnown.handle(path) : Optional.empty();
        if (found.isPresent()) {
            exchange.route = "GET /{userPoolId}/.well-known/" + (path.endsWith("jwks.json") ? "jwks.json" : "openid-configuration");
        } else if (local != null) {
            String query = exchange.request.getHttpURI().getQuery();
            String contentType = exchange.request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            found = path.equals("/_engine/reset")
                    ? locked(resetLock.writeLock(), () -> local.handle(method, path, query, contentType))
                    : local.handle(method, path, query, contentType);
            if (found.isPresent()) exchange.route = method + " " + path;
        }
        return found.orElseGet(() -> Reply.error(404, "NotFoundException", "No resource at this method and path."));
    }

    private static <T> T locked(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** One request and its reply; logs the access line once the reply has gone out. */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long start = System.nanoTime();
        final String requestId = UUID.randomUUID().toString();
        String route;
        boolean api;
        /** A pool domain's endpoint: its pages are not for other origins to read. */
        boolean hosted;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.route = request.getMethod() + " (no route)";
        }

        /** The raw, undecoded path: routes match it as sent, so no encoding trick reaches a lookup. */
        String path() {
            return request.getHttpURI().getPath();
        }

        Reply attempt(Supplier<Reply> work) {
            try {
                return work.get();
            } catch (WireError e) {
                return Reply.error(e.status(), e.type(), e.getMessage());
            } catch (CognitoException e) {
                return Reply.error(e.httpStatus(), e.errorType(), Objects.requireNonNullElse(e.getMessage(), ""));
            } catch (RuntimeException e) {
                LOG.error("Internal error serving {} (request {})", route, requestId, e);
                return Reply.error(500, "InternalErrorException", "Internal server error.");
            }
        }

        void reply(Reply reply) {
            HttpFields.Mutable headers = response.getHeaders();
            headers.put("x-amzn-RequestId", requestId);
            // Browser apps (Amplify, amazon-cognito-identity-js) call Cognito cross-origin, as they call
            // the real one. The local endpoints are no such API: no page elsewhere may read the
            // outbox's codes, nor pass a reset's preflight.
            // Nor do probes and scrapers need CORS.
            boolean crossOrigin = !path().startsWith(LocalRoute.PREFIX) && !OpsRoute.owns(path())
                    && !(hosted && reply.contentType() != null && reply.contentType().startsWith("text/html"));
            if (crossOrigin) {
                headers.put("Access-Control-Allow-Origin", "*");
                headers.put("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amzn-ErrorType");
            }
            if (reply.status() == 204) {
                String asked = request.getHeaders().get("Access-Control-Request-Headers");
                if (crossOrigin) {
                    headers.put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                    headers.put("Access-Control-Allow-Headers", asked != null && HEADER_LIST.matcher(asked).matches() ? asked : "*");
                    headers.put("Access-Control-Max-Age", "86400");
                }
            } else {
                headers.put(HttpHeader.CONTENT_TYPE, reply.contentType() != null ? reply.contentType() : api ? AMZ_JSON : JSON);
                headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
            }
            if (reply.errorType() != null) headers.put("x-amzn-ErrorType", reply.errorType());
            reply.headers().forEach(headers::put);
            reply.cookies().forEach(c -> headers.add(HttpHeader.SET_COOKIE, c));
            // A request whose body was cut short leaves unread bytes on the connection: it cannot carry another.
            if (reply.status() == 408 || reply.status() == 413) headers.put(HttpHeader.CONNECTION, "close");
            response.setStatus(reply.status());
            response.write(true, ByteBuffer.wrap(reply.body()), Callback.from(() -> done(reply), failure -> {
                LOG.debug("Reply not delivered: {}", failure.toString());
                done(reply);
            }));
        }

        /** Ends the exchange without a reply: the connection is closed. */
        void abandon(Throwable failure) {
            finished();
            callback.failed(failure);
        }

        private void done(Reply reply) {
            finished();
            callback.succeeded();
            InetSocketAddress remote = (InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress();
            accessLog.log(route, reply.status(), reply.errorType(), (System.nanoTime() - start) / 1000,
                    remote.getAddress().getHostAddress(), actor(), requestId);
        }

        /** The actor the API route settled on; for other routes (and refusals before it) the id the header names, if any. */
        private String actor() {
            Object settled = request.getAttribute(Caller.ACTOR);
            return settled != null ? settled.toString() : Caller.accessKeyId(request.getHeaders());
        }

        private void finished() {
            guard.replied(request.getConnectionMetaData().getConnection());
            inFlight.decrementAndGet();
        }
    }
}

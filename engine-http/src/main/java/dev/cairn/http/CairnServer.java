package dev.cairn.http;

import dev.cairn.core.CairnEngine;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cognito's wire protocol over a {@link CairnEngine}: AWS JSON 1.1 at {@code POST /}, the pools'
 * well-known documents, health and metrics for operators ({@link OpsRoute}), and in local mode the
 * outbox and reset endpoints.
 *
 * <p>Jetty serves it: connections are read without holding a thread, so a client that sends its
 * headers or body slowly, or stops halfway, costs a socket and a buffer; the workers, {@code threads}
 * of them, only run requests that have fully arrived. Each client address may hold a bounded number
 * of connections, and each request must arrive within its header and body timeouts. The server does
 * not own the engine: {@link #stop(Duration)} drains requests in flight, and closing the engine
 * afterwards is the caller's job.
 *
 * <pre>{@code
 * try (CairnServer server = CairnServer.builder(engine).port(0).build().start()) {
 *     URI endpoint = server.endpoint();
 * }
 * }</pre>
 */
public final class CairnServer implements AutoCloseable {

    /** Jetty's own threads beside the workers: one acceptor and one selector (two cores). */
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;

    private final Server http;
    private final ServerConnector connector;
    private final int port;
    private final URI endpoint;
    private final Router router;
    private final ConnectionGuard guard;
    private final ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("cairn-http-timer", true);

    private CairnServer(Builder settings) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(settings.threads + ACCEPTORS + SELECTORS + 2, Math.min(8, settings.threads), 60_000);
        threads.setName("cairn-http");
        this.http = new Server(threads);
        http.addBean(scheduler);
        http.setErrorHandler(new WireErrorHandler());
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // Routes match the raw path against strict patterns, so no encoded dot or slash reaches a
        // lookup; Jetty's own refusal of such paths would answer 400 where any other path gets 404
        // (a path it cannot parse at all is WireErrorHandler's).
        config.setUriCompliance(UriCompliance.UNSAFE);
        this.connector = new ServerConnector(http, ACCEPTORS, SELECTORS, new HttpConnectionFactory(config));
        connector.setHost(settings.bindAddress.getHostAddress());
        connector.setPort(settings.port);
        connector.setAcceptQueueSize(settings.backlog);
        // A backstop for stalled reads and writes (a client that stops reading its reply); the
        // header and body deadlines below are the tighter limits on requests.
        connector.setIdleTimeout(Math.max(settings.headerTimeout.toMillis(), settings.bodyTimeout.toMillis()));
        this.guard = new ConnectionGuard(settings.maxConnectionsPerAddress, settings.headerTimeout);
        connector.addBean(guard);
        http.addConnector(connector);
        connector.open();
        this.port = connector.getLocalPort();
        this.endpoint = settings.publicEndpoint != null ? settings.publicEndpoint : defaultEndpoint(settings.bindAddress, port());
        SigV4 signatures = settings.accessKeys.isEmpty() ? null : new SigV4(settings.accessKeys, settings.region, settings.clock);
        ApiRoute api = new ApiRoute(settings.engine, new Caller(settings.trustForwardedFor), signatures);
        WellKnownRoute wellKnown = new WellKnownRoute(settings.engine, endpoint);
        LocalRoute local = settings.localMode ? new LocalRoute(settings.engine) : null;
        this.router = new Router(api, wellKnown, new OAuthRoute(settings.engine, settings.region, "https".equals(endpoint.getScheme())), local,
                new OpsRoute(settings.engine, settings.prometheus), new UserImportRoute(settings.engine), new Router.Limits(settings.maxBodyBytes, settings.bodyTimeout),
                settings.accessLog, guard, new HostAllowList(settings.bindAddress, endpoint, settings.allowedHosts), scheduler);
        http.setHandler(router);
        settings.engine.serveUserImportUploadsAt(endpoint.toString());
    }

    public static Builder builder(CairnEngine engine) {
        return new Builder(engine);
    }

    /** Starts accepting requests; returns this server. */
    public CairnServer start() {
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException("The HTTP server did not start: " + e.getMessage(), e);
        }
        guard.start(scheduler);
        return this;
    }

    /** The port the server listens on (the one the OS picked, if the builder asked for 0): bound by {@link Builder#build()}. */
    public int port() {
        return port;
    }

    /** The address it is bound to. */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), port());
    }

    /** The URL clients use: the configured public endpoint, or {@code http://localhost:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    /** {@code http://localhost:<port>} when bound to loopback or every address, else the bound address. */
    static URI defaultEndpoint(InetAddress bound, int port) {
        String host = bound.isAnyLocalAddress() || bound.isLoopbackAddress() ? "localhost" : bound.getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port);
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (each has written and
     * committed before it answers, so every acknowledged write is durable) for at most
     * {@code grace}, then closes the remaining connections and the worker threads.
     */
    public void stop(Duration grace) {
        router.beginDrain();
        connector.close();
        try {
            router.awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            http.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The HTTP server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** {@link #stop(Duration)} with a 10-second grace. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    /** Server settings; each has a default, stated on its setter. */
    public static final class Builder {
        private final CairnEngine engine;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = 9229;
        private URI publicEndpoint;
        private boolean localMode = true;
        private boolean trustForwardedFor;
        private int threads = 128;
        private int backlog = 256;
        private int maxBodyBytes = 1 << 20;
        private Duration headerTimeout = Duration.ofSeconds(30);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private int maxConnectionsPerAddress = 256;
        private List<String> allowedHosts = List.of();
        private Map<String, String> accessKeys = Map.of();
        private String region = "us-east-1";
        private Clock clock = Clock.systemUTC();
        private AccessLog accessLog = AccessLog.slf4j();
        private PrometheusMeterRegistry prometheus;

        private Builder(CairnEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /** The address to listen on. Default: loopback, since local mode has unauthenticated endpoints. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address);
            return this;
        }

        /** The port; 0 lets the OS pick one. Default: 9229. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("Not a port: " + port);
            this.port = port;
            return this;
        }

        /**
         * The URL clients reach the server at, the base of each pool's {@code jwks_uri}. Default:
         * {@code http://localhost:<port>}. Token issuers are the engine's to spell (its issuer base).
         */
        public Builder publicEndpoint(URI endpoint) {
            this.publicEndpoint = endpoint;
            return this;
        }

        /** Whether {@code /_engine/outbox} and {@code /_engine/reset} exist. Default: true. */
        public Builder localMode(boolean on) {
            this.localMode = on;
            return this;
        }

        /** Whether the last {@code X-Forwarded-For} hop is the caller's address (behind a proxy). Default: false. */
        public Builder trustForwardedFor(boolean trust) {
            this.trustForwardedFor = trust;
            return this;
        }

        /**
         * How many requests run at once; more wait in a queue. A request takes a worker only once
         * it has fully arrived, so slow senders hold none. Default: 128.
         */
        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be positive");
            this.threads = threads;
            return this;
        }

        /** The largest request body accepted; larger ones get HTTP 413. Default: 1 MiB. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 2) throw new IllegalArgumentException("maxBodyBytes too small");
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * How long a client may take to send a request's headers, counted from the connection
         * opening or the previous reply on it (so also how long a keep-alive connection may idle).
         * Default: 30 seconds.
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = positive(timeout, "headerTimeout");
            return this;
        }

        /** How long a client may take to send a request's body once its headers arrived; else HTTP 408. Default: 30 seconds. */
        public Builder bodyTimeout(Duration timeout) {
            this.bodyTimeout = positive(timeout, "bodyTimeout");
            return this;
        }

        /**
         * How many connections one client address may hold open; the one over is closed as soon as
         * it is accepted. Behind a proxy every client shares the proxy's address: raise it there.
         * Default: 256.
         */
        public Builder maxConnectionsPerAddress(int connections) {
            if (connections < 1) throw new IllegalArgumentException("maxConnectionsPerAddress must be positive");
            this.maxConnectionsPerAddress = connections;
            return this;
        }

        /**
         * Further names clients reach the server under, answered besides {@code localhost},
         * {@code 127.0.0.1}, {@code [::1]}, the bound address and the public endpoint's host; a
         * request naming any other host is refused with HTTP 421 (this defeats DNS rebinding).
         * Default: none.
         */
        public Builder allowedHosts(Collection<String> names) {
            this.allowedHosts = List.copyOf(names);
            return this;
        }

        /**
         * The access keys allowed to call the operations Cognito signs: each access key id with its
         * secret access key. With any, every such request must carry a valid SigV4 signature by one
         * of them, made for {@link #region(String)} within the last 15 minutes; the operations
         * Cognito serves unsigned (SignUp, InitiateAuth, GetUser...) stay open. Default: none, and
         * signatures are not checked (local use).
         */
        public Builder accessKeys(Map<String, String> secretsByAccessKeyId) {
            this.accessKeys = Map.copyOf(secretsByAccessKeyId);
            return this;
        }

        /** The region signatures must be scoped to. Default: us-east-1. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region);
            return this;
        }

        /**
         * The registry {@code GET /metrics} serves in Prometheus's text format; give the same one to
         * the engine ({@code CairnEngineBuilder.meterRegistry}) for the engine's meters to show.
         * Default: none, and {@code /metrics} answers 404. {@code GET /health} and
         * {@code GET /health/ready} are always served.
         */
        public Builder metrics(PrometheusMeterRegistry registry) {
            this.prometheus = registry;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        private static Duration positive(Duration d, String name) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive");
            return d;
        }

        Builder accessLog(AccessLog log) {
            this.accessLog = Objects.requireNonNull(log);
            return this;
        }

        /**
         * Binds the port (so a taken port fails here) without accepting requests yet.
         *
         * @throws IllegalStateException for a server outside local mode, reachable beyond loopback,
         *                               without access keys: anyone who reached its port could call
         *                               every administrative operation
         */
        public CairnServer build() throws IOException {
            if (!localMode && !bindAddress.isLoopbackAddress() && accessKeys.isEmpty()) {
                throw new IllegalStateException("Refusing to serve Cognito's administrative operations unauthenticated on "
                        + bindAddress.getHostAddress() + ": give access keys (--access-keys FILE / CAIRN_ACCESS_KEYS), "
                        + "bind to loopback (--bind 127.0.0.1), or run in local mode (--local).");
            }
            return new CairnServer(this);
        }
    }
}

package dev.cairn.http;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.core.CairnEngine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cognito's wire protocol over a {@link CairnEngine}: AWS JSON 1.1 at {@code POST /}, the pools'
 * well-known documents, and in local mode the outbox and reset endpoints.
 *
 * <p>Requests run on a bounded pool of blocking threads, one request per thread; the JDK server's
 * dispatcher thread only accepts connections and hands them over. The server does not own the
 * engine: {@link #stop(Duration)} drains requests in flight, and closing the engine afterwards is
 * the caller's job.
 *
 * <pre>{@code
 * try (CairnServer server = CairnServer.builder(engine).port(0).build().start()) {
 *     URI endpoint = server.endpoint();
 * }
 * }</pre>
 */
public final class CairnServer implements AutoCloseable {

    static {
        // The JDK server writes a reply's headers and body separately; with Nagle's algorithm on,
        // the client's delayed ACK holds the body back ~40 ms (20 req/s on one connection instead
        // of thousands). Read once, when the JDK server's classes load; a host may set it first.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final URI endpoint;
    private final ThreadPoolExecutor workers;
    private final Router router;

    private CairnServer(Builder settings) throws IOException {
        this.http = HttpServer.create(new InetSocketAddress(settings.bindAddress, settings.port), settings.backlog);
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.threads, settings.threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "cairn-http-" + n.incrementAndGet()));
        workers.allowCoreThreadTimeOut(true);
        this.endpoint = settings.publicEndpoint != null ? settings.publicEndpoint : defaultEndpoint(settings.bindAddress, port());
        ApiRoute api = new ApiRoute(settings.engine, new Caller(settings.trustForwardedFor));
        WellKnownRoute wellKnown = new WellKnownRoute(settings.engine, endpoint);
        LocalRoute local = settings.localMode ? new LocalRoute(settings.engine) : null;
        this.router = new Router(api, wellKnown, local, settings.maxBodyBytes, settings.accessLog);
        http.createContext("/", router);
        http.setExecutor(workers);
    }

    public static Builder builder(CairnEngine engine) {
        return new Builder(engine);
    }

    /** Starts accepting requests; returns this server. */
    public CairnServer start() {
        http.start();
        return this;
    }

    /** The port the server listens on (the one the OS picked, if the builder asked for 0): bound by {@link Builder#build()}. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address it is bound to. */
    public InetSocketAddress address() {
        return http.getAddress();
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
        // stop(n) closes the listener at once, then waits for exchanges; but on Java 17 it waits the
        // full n seconds even when none is in flight (JDK-8304065, fixed in 21). So it waits on its
        // own thread, and a second stop(0) ends that wait once our own count says we are idle.
        Thread closer = new Thread(() -> http.stop((int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds()))), "cairn-http-stop");
        closer.start();
        try {
            router.awaitIdle(grace);
            http.stop(0);
            closer.join();
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
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
        private AccessLog accessLog = AccessLog.slf4j();

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
         * How many requests run at once; more wait in a queue. Default: 128, twice the 64
         * concurrent clients the server must stay responsive to, so that 64 slow senders still
         * leave threads for everyone else.
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

        Builder accessLog(AccessLog log) {
            this.accessLog = Objects.requireNonNull(log);
            return this;
        }

        /** Binds the port (so a taken port fails here) without accepting requests yet. */
        public CairnServer build() throws IOException {
            return new CairnServer(this);
        }
    }
}

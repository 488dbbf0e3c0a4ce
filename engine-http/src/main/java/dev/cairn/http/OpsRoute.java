package dev.cairn.http;

import dev.cairn.core.CairnEngine;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment's probes and scrapers read, none of it personal or secret:
 * <ul>
 *   <li>{@code GET /health}: 200 {@code {"status":"UP"}} while the server answers (liveness);</li>
 *   <li>{@code GET /health/ready}: 200 when the storage answers a query (it was migrated when the
 *       engine was built), else 503 {@code {"status":"DOWN"}} (readiness);</li>
 *   <li>{@code GET /metrics}: the engine's meters in Prometheus's text format, when the server was
 *       given a Prometheus registry.</li>
 * </ul>
 */
final class OpsRoute {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final CairnEngine engine;
    private final PrometheusMeterRegistry prometheus;

    /** @param prometheus the registry {@code /metrics} serves, or null for no such route */
    OpsRoute(CairnEngine engine, PrometheusMeterRegistry prometheus) {
        this.engine = engine;
        this.prometheus = prometheus;
    }

    /** Whether {@code path} is one of these routes, whatever the method. */
    static boolean owns(String path) {
        return path.equals("/health") || path.equals("/health/ready") || path.equals("/metrics");
    }

    /** The reply for a request this route matches, or empty if it does not match. */
    Optional<Reply> handle(String method, String path) {
        if (!method.equals("GET")) return Optional.empty();
        return switch (path) {
            case "/health" -> Optional.of(Reply.ok(Map.of("status", "UP")));
            case "/health/ready" -> Optional.of(engine.ready() ? Reply.ok(Map.of("status", "UP"))
                    : new Reply(503, "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8), null));
            case "/metrics" -> prometheus == null ? Optional.empty()
                    : Optional.of(new Reply(200, prometheus.scrape().getBytes(StandardCharsets.UTF_8), null, PROMETHEUS_TEXT));
            default -> Optional.empty();
        };
    }
}

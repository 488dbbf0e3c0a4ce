package dev.cairn.http;

import dev.cairn.core.CairnEngine;
import dev.cairn.core.CairnEngineBuilder;
import dev.cairn.core.storage.Storage;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

/**
 * The standalone server: {@code java -jar cairn-server.jar [options]} (see
 * {@link ServerConfig#USAGE}). Exits with status 2 on a bad option and 1 if it cannot start.
 */
public final class Main {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private Main() {
    }

    public static void main(String[] args) {
        if (LogCommands.isCommand(args)) {
            // stdout carries the command's results (JSON Lines): the engine's log lines go to stderr, warnings only.
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            System.exit(LogCommands.run(args, System.getenv(), System.out, System.err, ConsoleProgress.onStderr(), LogCommands::standardEngine));
            return;
        }
        if (CompactCommand.isCommand(args)) {
            System.exit(CompactCommand.run(args, System.getenv(), System.out, System.err));
            return;
        }
        if (MasterKeyCommands.isCommand(args)) {
            System.exit(MasterKeyCommands.run(args, System.getenv(), System.out, System.err));
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        if (config.help()) {
            System.out.print(ServerConfig.USAGE);
            return;
        }
        // Before the first logger is made: slf4j picks its provider once.
        if (config.jsonLogs()) {
            System.setProperty("slf4j.provider", JsonLogProvider.class.getName());
            // slf4j announces an explicitly chosen provider in a line of text of its own.
            if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        try {
            start(config, log);
        } catch (IllegalStateException | IllegalArgumentException e) {
            log.error("Cairn failed to start: {}", e.getMessage()); // a setting at fault: its message says which
            System.exit(1);
        } catch (Exception e) {
            log.error("Cairn failed to start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    private static void start(ServerConfig config, Logger log) throws Exception {
        long t0 = System.nanoTime();
        InetAddress bind = InetAddress.getByName(config.bind());
        URI endpoint = config.publicEndpoint() != null ? config.publicEndpoint() : CairnServer.defaultEndpoint(bind, config.port());
        Storage storage = StorageFactory.standard().open(config);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CairnEngineBuilder builder = CairnEngine.builder().storage(storage).meterRegistry(metrics).region(config.region())
                .issuerBase(config.issuerForm().issuerBase(endpoint, config.region()));
        byte[] masterKey = MasterKeys.of(config.masterKeyFile(), System.getenv());
        if (masterKey != null) builder.masterKey(masterKey);
        if (config.lambdaEndpoint() != null) builder.lambdaInvoker(new dev.cairn.core.trigger.HttpLambdaInvoker(config.lambdaEndpoint()));
        byte[] senderKey = MasterKeys.customSender(config.customSenderKeyFile(), System.getenv());
        if (senderKey != null) builder.customSenderKey(senderKey);
        if (config.activityLogDir() != null) builder.activityLogFolder(config.activityLogDir());
        if (config.breachedPasswords() != null) builder.breachedPasswords(config.breachedPasswords());
        CairnEngine engine;
        try {
            engine = builder.build();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        CairnServer server;
        try {
            server = CairnServer.builder(engine)
                    .bindAddress(bind)
                    .port(config.port())
                    .publicEndpoint(endpoint)
                    .localMode(config.local())
                    .trustForwardedFor(config.trustForwardedFor())
                    .threads(config.threads())
                    .maxBodyBytes(config.maxBodyBytes())
                    .allowedHosts(config.allowedHosts())
                    .headerTimeout(config.headerTimeout())
                    .bodyTimeout(config.bodyTimeout())
                    .maxConnectionsPerAddress(config.maxConnectionsPerAddress())
                    .accessKeys(config.accessKeys() == null ? java.util.Map.of() : AccessKeys.read(config.accessKeys()))
                    .region(config.region())
                    .metrics(metrics)
                    .accessLog(config.jsonLogs() ? AccessLog.structured() : AccessLog.slf4j())
                    .build()
                    .start();
        } catch (Exception e) {
            engine.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Cairn stopping: no new connections, waiting up to {}s for requests in flight", SHUTDOWN_GRACE.toSeconds());
            server.stop(SHUTDOWN_GRACE);
            engine.close();
            log.info("Cairn stopped");
        }, "cairn-shutdown"));
        log.info("Cairn listening on http://{}:{} — endpoint {}, storage {}{}, local mode {}, signatures {}, master key {}, issuer {}, started in {} ms",
                server.address().getAddress().getHostAddress(), server.port(), server.endpoint(), storage.name(),
                storage.name().equals("h2") ? " (" + config.dataDir().toAbsolutePath() + ")" : "",
                config.local() ? "on" : "off", config.accessKeys() == null ? "unchecked" : "verified", masterKey == null ? "none" : "given",
                engine.issuer("{userPoolId}"),
                (System.nanoTime() - t0) / 1_000_000);
    }
}

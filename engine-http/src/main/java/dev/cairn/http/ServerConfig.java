package dev.cairn.http;

import dev.cairn.storage.jdbc.H2Durability;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standalone server's settings, from command-line flags over environment variables over
 * defaults. The defaults make a local development server: port 9229 on loopback, H2 files in
 * {@code ./data}, local mode on.
 *
 * @param port              {@code --port}, {@code CAIRN_PORT}; default 9229
 * @param bind              {@code --bind}, {@code CAIRN_BIND}; default {@code 127.0.0.1}
 * @param dataDir           {@code --data}, {@code CAIRN_DATA}; default {@code data}
 * @param dataDirGiven      whether the data folder was asked for rather than defaulted
 * @param jdbcUrl           {@code --jdbc-url}, {@code CAIRN_JDBC_URL}: PostgreSQL instead of H2; default none
 * @param jdbcUser          {@code --jdbc-user}, {@code CAIRN_JDBC_USER}; default none
 * @param jdbcPassword      {@code CAIRN_JDBC_PASSWORD} only, so it never shows in a process list
 * @param memory            {@code --memory}, {@code CAIRN_STORAGE=memory}: nothing survives the process
 * @param local             {@code --local} / {@code --no-local}, {@code CAIRN_LOCAL}; default on
 * @param issuerForm        {@code --issuer local|aws}, {@code CAIRN_ISSUER}; default local
 * @param publicEndpoint    {@code --endpoint}, {@code CAIRN_ENDPOINT}; default {@code http://localhost:<port>}
 * @param trustForwardedFor {@code --trust-forwarded-for}, {@code CAIRN_TRUST_FORWARDED_FOR}; default off
 * @param region            {@code --region}, {@code CAIRN_REGION}; default us-east-1
 * @param threads           {@code --threads}, {@code CAIRN_THREADS}; default 128
 * @param maxBodyBytes      {@code --max-body}, {@code CAIRN_MAX_BODY}; default 1048576
 * @param allowedHosts      {@code --allowed-host} (repeatable or comma-separated), {@code CAIRN_ALLOWED_HOSTS}: further
 *                          names answered in the Host header; default none
 * @param accessKeys        {@code --access-keys}, {@code CAIRN_ACCESS_KEYS}: the file of access keys whose SigV4
 *                          signatures are verified; default none (signatures unchecked)
 * @param headerTimeout     {@code --header-timeout}, {@code CAIRN_HEADER_TIMEOUT} in seconds; default 30
 * @param bodyTimeout       {@code --body-timeout}, {@code CAIRN_BODY_TIMEOUT} in seconds; default 30
 * @param maxConnectionsPerAddress {@code --max-connections-per-address}, {@code CAIRN_MAX_CONNECTIONS_PER_ADDRESS}; default 256
 * @param masterKeyFile     {@code --master-key-file}, {@code CAIRN_MASTER_KEY_FILE}: the master key that seals the data key
 *                          (or {@code CAIRN_MASTER_KEY} itself, read by {@link MasterKeys}); default none
 * @param logFormat         {@code --log-format}, {@code CAIRN_LOG_FORMAT}: {@code text} or {@code json} (one JSON
 *                          object a line, for the access and engine logs); default text
 * @param durability        {@code --durability machine|process}, {@code CAIRN_DURABILITY}: what an acknowledged write
 *                          on H2 survives (see {@link H2Durability}); default machine
 * @param lambdaEndpoint    {@code --lambda-endpoint}, {@code CAIRN_LAMBDA_ENDPOINT}: where trigger functions are
 *                          invoked, through AWS Lambda's Invoke REST API; default none (a trigger then fails as a
 *                          missing function does)
 * @param customSenderKeyFile {@code --custom-sender-key-file}, {@code CAIRN_CUSTOM_SENDER_KEY_FILE}: the 32-byte key (base64)
 *                          that encrypts the codes CustomSMSSender/CustomEmailSender functions get, in place of KMS (or
 *                          {@code CAIRN_CUSTOM_SENDER_KEY} itself); default none
 * @param activityLogDir    {@code --activity-log-dir}, {@code CAIRN_ACTIVITY_LOG_DIR}: where pools that configure user
 *                          activity logging (SetLogDeliveryConfiguration) get one JSON Lines file each; default none
 * @param breachedPasswords {@code --breached-passwords}, {@code CAIRN_BREACHED_PASSWORDS}: the breached-password list
 *                          (one SHA-1 hash a line) threat protection checks compromised credentials against; default none
 * @param help              {@code --help}
 */
public record ServerConfig(int port, String bind, Path dataDir, boolean dataDirGiven, String jdbcUrl, String jdbcUser,
                           String jdbcPassword, boolean memory, boolean local, IssuerForm issuerForm, URI publicEndpoint,
                           boolean trustForwardedFor, String region, int threads, int maxBodyBytes, List<String> allowedHosts,
                           Path accessKeys, Duration headerTimeout, Duration bodyTimeout, int maxConnectionsPerAddress,
                           Path masterKeyFile, String logFormat, H2Durability durability, URI lambdaEndpoint, Path customSenderKeyFile,
                           Path activityLogDir, Path breachedPasswords, boolean help) {

    /** The usage text {@code --help} prints. */
    public static final String USAGE = """
            Usage: java -jar cairn-server.jar [options]
              --port N               port to listen on (CAIRN_PORT, default 9229)
              --bind ADDRESS         address to listen on (CAIRN_BIND, default 127.0.0.1; 0.0.0.0 for all)
              --data DIR             H2 data folder (CAIRN_DATA, default ./data)
              --jdbc-url URL         PostgreSQL JDBC URL instead of H2 (CAIRN_JDBC_URL)
              --jdbc-user USER       PostgreSQL user (CAIRN_JDBC_USER; password only from CAIRN_JDBC_PASSWORD)
              --memory               keep everything in memory (CAIRN_STORAGE=memory)
              --local / --no-local   outbox and reset endpoints for tests (CAIRN_LOCAL, default on)
              --issuer local|aws     token issuer form (CAIRN_ISSUER, default local: {endpoint}/{userPoolId})
              --endpoint URL         URL clients reach the server at (CAIRN_ENDPOINT, default http://localhost:PORT)
              --trust-forwarded-for  take the caller's address from X-Forwarded-For (CAIRN_TRUST_FORWARDED_FOR)
              --region REGION        region in pool ids and ARNs (CAIRN_REGION, default us-east-1)
              --threads N            requests served at once (CAIRN_THREADS, default 128)
              --max-body BYTES       largest request body (CAIRN_MAX_BODY, default 1048576)
              --allowed-host NAME    a further name clients reach the server under, answered in the Host header
                                     (repeatable or comma-separated; CAIRN_ALLOWED_HOSTS)
              --access-keys FILE     verify SigV4 signatures against these access keys (CAIRN_ACCESS_KEYS);
                                     required with --no-local on an address other than loopback
              --header-timeout S     seconds a client may take to send a request's headers (CAIRN_HEADER_TIMEOUT, default 30)
              --body-timeout S       seconds a client may take to send a request's body (CAIRN_BODY_TIMEOUT, default 30)
              --max-connections-per-address N
                                     open connections one client address may hold (CAIRN_MAX_CONNECTIONS_PER_ADDRESS, default 256)
              --master-key-file FILE 32-byte key in base64 that seals the data key (CAIRN_MASTER_KEY_FILE, or the key
                                     itself in CAIRN_MASTER_KEY); default none: the database keeps its data key in the clear
              --log-format text|json access and engine log lines as text or one JSON object a line
                                     (CAIRN_LOG_FORMAT, default text)
              --durability machine|process
                                     on H2, what an acknowledged write survives (CAIRN_DURABILITY, default machine):
                                     machine = forced to disk before the answer (crashes, power loss);
                                     process = written to the operating system (kill -9, not a power loss), faster
              --lambda-endpoint URL  invoke the pools' Lambda triggers through the AWS Lambda Invoke API at this URL
                                     (POST {URL}/2015-03-31/functions/{ARN}/invocations; CAIRN_LAMBDA_ENDPOINT)
              --custom-sender-key-file FILE
                                     32-byte key in base64 that encrypts the codes custom sender triggers get, in place
                                     of KMS (CAIRN_CUSTOM_SENDER_KEY_FILE, or the key itself in CAIRN_CUSTOM_SENDER_KEY)
              --activity-log-dir DIR user activity records of pools that configure log delivery, one
                                     {userPoolId}.jsonl file each (CAIRN_ACTIVITY_LOG_DIR); default none
              --breached-passwords FILE
                                     breached passwords, one SHA-1 hash in hex a line (":count" and # comments
                                     allowed), for threat protection's compromised credentials (CAIRN_BREACHED_PASSWORDS)
            """ + MasterKeyCommands.USAGE + LogCommands.USAGE + CompactCommand.USAGE;

    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("port", "CAIRN_PORT"), Map.entry("bind", "CAIRN_BIND"), Map.entry("data", "CAIRN_DATA"),
            Map.entry("jdbc-url", "CAIRN_JDBC_URL"), Map.entry("jdbc-user", "CAIRN_JDBC_USER"),
            Map.entry("local", "CAIRN_LOCAL"), Map.entry("issuer", "CAIRN_ISSUER"), Map.entry("endpoint", "CAIRN_ENDPOINT"),
            Map.entry("trust-forwarded-for", "CAIRN_TRUST_FORWARDED_FOR"), Map.entry("region", "CAIRN_REGION"),
            Map.entry("threads", "CAIRN_THREADS"), Map.entry("max-body", "CAIRN_MAX_BODY"),
            Map.entry("allowed-host", "CAIRN_ALLOWED_HOSTS"), Map.entry("access-keys", "CAIRN_ACCESS_KEYS"),
            Map.entry("header-timeout", "CAIRN_HEADER_TIMEOUT"), Map.entry("body-timeout", "CAIRN_BODY_TIMEOUT"),
            Map.entry("max-connections-per-address", "CAIRN_MAX_CONNECTIONS_PER_ADDRESS"),
            Map.entry("master-key-file", "CAIRN_MASTER_KEY_FILE"), Map.entry("log-format", "CAIRN_LOG_FORMAT"),
            Map.entry("durability", "CAIRN_DURABILITY"),

            Map.entry("lambda-endpoint", "CAIRN_LAMBDA_ENDPOINT"),
            Map.entry("custom-sender-key-file", "CAIRN_CUSTOM_SENDER_KEY_FILE"),

            Map.entry("activity-log-dir", "CAIRN_ACTIVITY_LOG_DIR"), Map.entry("breached-passwords", "CAIRN_BREACHED_PASSWORDS"));
    /** Flags that may be given more than once; their values add up. */
    private static final List<String> REPEATABLE = List.of("allowed-host");
    private static final List<String> SWITCHES = List.of("local", "memory", "trust-forwarded-for", "help");

    /**
     * Reads flags ({@code --name value}, {@code --name=value}, {@code --switch}, {@code --no-switch})
     * over the environment.
     *
     * @throws IllegalArgumentException naming the flag or variable at fault
     */
    public static ServerConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        ENV.forEach((flag, variable) -> {
            if (env.get(variable) != null && !env.get(variable).isBlank()) values.put(flag, env.get(variable).trim());
        });
        if ("memory".equalsIgnoreCase(env.get("CAIRN_STORAGE"))) values.put("memory", "true");
        Map<String, String> flags = flags(args);
        values.putAll(flags);
        String jdbcUrl = values.get("jdbc-url");
        return new ServerConfig(
                integer(values, "port", 9229, 1, 65535),
                values.getOrDefault("bind", "127.0.0.1"),
                Path.of(values.getOrDefault("data", "data")),
                values.containsKey("data"),
                jdbcUrl,
                values.get("jdbc-user"),
                env.get("CAIRN_JDBC_PASSWORD"),
                bool(values, "memory", false),
                bool(values, "local", true),
                issuerForm(values.getOrDefault("issuer", "local")),
                values.containsKey("endpoint") ? endpoint(values.get("endpoint")) : null,
                bool(values, "trust-forwarded-for", false),
                values.getOrDefault("region", "us-east-1"),
                integer(values, "threads", 128, 1, 4096),
                integer(values, "max-body", 1 << 20, 1024, 64 << 20),
                values.containsKey("allowed-host") ? List.of(values.get("allowed-host").split("\\s*,\\s*")) : List.of(),
                values.containsKey("access-keys") ? Path.of(values.get("access-keys")) : null,
                Duration.ofSeconds(integer(values, "header-timeout", 30, 1, 3600)),
                Duration.ofSeconds(integer(values, "body-timeout", 30, 1, 3600)),
                integer(values, "max-connections-per-address", 256, 1, 1_000_000),
                values.containsKey("master-key-file") ? Path.of(values.get("master-key-file")) : null,
                logFormat(values.getOrDefault("log-format", "text")),
                durability(values.getOrDefault("durability", "machine")),
                values.containsKey("lambda-endpoint") ? url("lambda-endpoint", values.get("lambda-endpoint")) : null,
                values.containsKey("custom-sender-key-file") ? Path.of(values.get("custom-sender-key-file")) : null,
                values.containsKey("activity-log-dir") ? Path.of(values.get("activity-log-dir")) : null,
                values.containsKey("breached-passwords") ? Path.of(values.get("breached-passwords")) : null,
                bool(values, "help", false));
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) throw new IllegalArgumentException("Unexpected argument: " + arg);
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                put(flags, known(name.substring(0, eq)), name.substring(eq + 1));
            } else if (name.startsWith("no-") && SWITCHES.contains(name.substring(3))) {
                flags.put(name.substring(3), "false");
            } else if (SWITCHES.contains(name)) {
                flags.put(name, "true");
            } else {
                if (i + 1 >= args.length) throw new IllegalArgumentException("--" + known(name) + " needs a value");
                put(flags, known(name), args[++i]);
            }
        }
        return flags;
    }

    private static void put(Map<String, String> flags, String name, String value) {
        if (REPEATABLE.contains(name)) flags.merge(name, value, (a, b) -> a + "," + b);
        else flags.put(name, value);
    }

    private static String known(String flag) {
        if (!ENV.containsKey(flag) && !SWITCHES.contains(flag)) throw new IllegalArgumentException("Unknown option: --" + flag);
        return flag;
    }

    private static int integer(Map<String, String> values, String name, int dflt, int min, int max) {
        String v = values.get(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max + ", not " + v);
        }
    }

    private static boolean bool(Map<String, String> values, String name, boolean dflt) {
        String v = values.get(name);
        if (v == null) return dflt;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be true or false, not " + v);
        };
    }

    private static IssuerForm issuerForm(String v) {
        try {
            return IssuerForm.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--issuer must be local or aws, not " + v);
        }
    }

    private static String logFormat(String v) {
        String format = v.toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) throw new IllegalArgumentException("--log-format must be text or json, not " + v);
        return format;
    }

    private static H2Durability durability(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "machine" -> H2Durability.MACHINE_CRASH;
            case "process" -> H2Durability.PROCESS_CRASH;
            default -> throw new IllegalArgumentException("--durability must be machine or process, not " + v);
        };
    }

    /** Whether log lines are JSON objects. */
    public boolean jsonLogs() {
        return logFormat.equals("json");
    }

    private static URI endpoint(String v) {
        return url("endpoint", v);
    }

    private static URI url(String flag, String v) {
        URI uri;
        try {
            uri = URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + flag + " must be an http(s) URL, not " + v);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--" + flag + " must be an http(s) URL, not " + v);
        }
        return uri;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", bind=" + bind + ", storage=" + (memory ? "memory" : jdbcUrl != null ? "postgresql" : "h2 " + dataDir + " (" + durability + ")")
                + ", local=" + local + ", issuer=" + issuerForm + ", endpoint=" + publicEndpoint
                + (accessKeys == null ? "" : ", access keys from " + accessKeys)
                + (lambdaEndpoint == null ? "" : ", lambda endpoint " + lambdaEndpoint) + "]";
    }
}

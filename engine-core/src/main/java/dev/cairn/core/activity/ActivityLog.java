package dev.cairn.core.activity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.core.json.Json;
import dev.cairn.core.userpool.LogDelivery;
import dev.cairn.core.userpool.PoolDirectory;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The local stand-in for a pool's log delivery: where Cognito would send user activity records to
 * the CloudWatch Logs group, S3 bucket or Firehose stream of a pool's {@code userAuthEvents}
 * configuration, Cairn appends them to {@code {folder}/{userPoolId}.jsonl}, one JSON object a line,
 * after the request that caused them committed. A record holds what Cognito's exported user
 * activity log holds (the event's id, type, response and time, the user's sub, the pool, the app
 * client and the source IP), shaped after the example in Cognito's documentation as remembered:
 * no username, attribute value, password, code or token.
 */
public final class ActivityLog {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);
    private final Path folder;
    private final PoolDirectory pools;

    public ActivityLog(Path folder, PoolDirectory pools) {
        this.folder = folder;
        this.pools = pools;
    }

    /** The file a pool's records go to. */
    public Path fileOf(String userPoolId) {
        return folder.resolve(userPoolId + ".jsonl");
    }

    /** Writes a record for each authentication event of a committed unit of work whose pool logs them. */
    public void committed(List<? extends EventMessage<?>> events) {
        AuthEvents reader = new AuthEvents();
        for (EventMessage<?> m : events) {
            reader.read(m).ifPresent(e -> {
                boolean logged = pools.find(e.userPoolId())
                        .flatMap(p -> p.security().logConfiguration(LogDelivery.USER_AUTH_EVENTS)).isPresent();
                if (logged) append(e.userPoolId(), record(e));
            });
        }
    }

    static String record(AuthEvent e) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("eventTimestamp", String.valueOf(e.creationDate().toEpochMilli()));
        line.put("eventSource", "USER_AUTH_EVENTS");
        line.put("logLevel", "INFO");
        line.putObject("logSourceId").put("userPoolId", e.userPoolId());
        ObjectNode message = line.putObject("message");
        message.put("version", "1");
        message.put("eventId", e.eventId());
        message.put("eventType", e.eventType());
        message.put("eventResponse", e.eventResponse());
        message.put("creationDate", e.creationDate().toString());
        message.put("userSub", e.sub());
        message.put("userPoolId", e.userPoolId());
        message.put("clientId", e.clientId());
        message.put("ipAddress", e.ipAddress());
        message.put("riskDecision", e.riskDecision());
        if (e.riskLevel() != null) message.put("riskLevel", e.riskLevel());
        message.put("compromisedCredentialDetected", e.compromised());
        var challenges = message.putArray("challengeResponses");
        e.challengeResponses().forEach(c -> challenges.addObject().put("challengeName", c.challengeName()).put("challengeResponse", c.challengeResponse()));
        return line.toString();
    }

    private synchronized void append(String userPoolId, String line) {
        try {
            Files.createDirectories(folder);
            Files.writeString(fileOf(userPoolId), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // The request committed; a record that cannot be written is reported, not turned into its failure.
            LOG.error("Could not write the activity log of pool {}: {}", userPoolId, e.getMessage());
        }
    }
}

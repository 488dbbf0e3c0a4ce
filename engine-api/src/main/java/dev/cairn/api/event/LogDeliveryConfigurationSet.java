package dev.cairn.api.event;

import java.util.List;

/**
 * A pool's detailed activity logging was configured (SetLogDeliveryConfiguration): the whole
 * configuration, replacing the one before; an empty list turns logging off.
 *
 * @param logConfigurations one per event source
 */
@EventType("cairn.userpool.LogDeliveryConfigurationSet")
public record LogDeliveryConfigurationSet(String userPoolId, List<LogConfiguration> logConfigurations) implements UserPoolEvent {

    public LogDeliveryConfigurationSet {
        logConfigurations = logConfigurations == null ? List.of() : List.copyOf(logConfigurations);
    }

    /**
     * Where one source's records go. Exactly one destination is set.
     *
     * @param eventSource          {@code userNotification} or {@code userAuthEvents}
     * @param logLevel             {@code ERROR} or {@code INFO}
     * @param cloudWatchLogGroupArn a CloudWatch Logs log group, or null
     * @param s3BucketArn          an S3 bucket, or null
     * @param firehoseStreamArn    a Data Firehose stream, or null
     */
    public record LogConfiguration(String eventSource, String logLevel, String cloudWatchLogGroupArn, String s3BucketArn,
                                   String firehoseStreamArn) {
    }
}

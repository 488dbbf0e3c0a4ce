package dev.cairn.core.userpool;

import dev.cairn.api.error.FeatureUnavailableInTierException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.LogDeliveryConfigurationSet;
import dev.cairn.api.event.LogDeliveryConfigurationSet.LogConfiguration;
import dev.cairn.api.model.CloudWatchLogsConfigurationType;
import dev.cairn.api.model.FirehoseConfigurationType;
import dev.cairn.api.model.LogConfigurationType;
import dev.cairn.api.model.S3ConfigurationType;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A pool's detailed activity logging (SetLogDeliveryConfiguration), as Cognito's documentation
 * ("Exporting logs from user pools") states it: message delivery errors ({@code userNotification})
 * at {@code ERROR}, user activity ({@code userAuthEvents}) at {@code INFO} and only on the Plus
 * feature plan (or with advanced security on, the plan's predecessor); one configuration per
 * source, each with exactly one destination, in the pool's account. Cognito's messages for these
 * refusals are worded from memory. Enum values and ARN shapes were checked against the service model before.
 */
public final class LogDelivery {

    public static final String USER_NOTIFICATION = "userNotification";
    public static final String USER_AUTH_EVENTS = "userAuthEvents";

    private LogDelivery() {
    }

    static LogDeliveryConfigurationSet decide(UserPoolState pool, List<LogConfigurationType> given) {
        Set<String> sources = new HashSet<>();
        for (LogConfigurationType c : given) {
            if (!sources.add(c.eventSource())) {
                throw new InvalidParameterException("Only one log configuration may be set for the event source " + c.eventSource() + ".");
            }
            String level = USER_NOTIFICATION.equals(c.eventSource()) ? "ERROR" : "INFO";
            if (!level.equals(c.logLevel())) {
                throw new InvalidParameterException("The log level of " + c.eventSource() + " must be " + level + ".");
            }
            List<String> destinations = Stream.of(logGroup(c), bucket(c), stream(c)).filter(Objects::nonNull).toList();
            if (destinations.size() != 1) {
                throw new InvalidParameterException("A log configuration must have exactly one destination: "
                        + "CloudWatchLogsConfiguration, S3Configuration or FirehoseConfiguration.");
            }
            String arn = destinations.get(0);
            String account = pool.settings().arn().split(":")[4];
            if (!arn.startsWith("arn:aws:s3:::") && !account.equals(arn.split(":")[4])) {
                throw new InvalidParameterException("The log destination " + arn + " must be in the same account as the user pool.");
            }
            if (USER_AUTH_EVENTS.equals(c.eventSource()) && !advancedSecurity(pool)) {
                throw new FeatureUnavailableInTierException("User activity logging (userAuthEvents) requires the Plus feature plan.");
            }
        }
        return new LogDeliveryConfigurationSet(pool.id(), given.stream()
                .map(c -> new LogConfiguration(c.eventSource(), c.logLevel(), logGroup(c), bucket(c), stream(c))).toList());
    }

    /** Whether the pool has Cognito's threat protection features: the Plus plan, or advanced security on. */
    public static boolean advancedSecurity(UserPoolState pool) {
        var addOns = pool.settings().userPoolAddOns();
        return "PLUS".equals(pool.settings().userPoolTier())
                || addOns != null && addOns.advancedSecurityMode() != null && !"OFF".equals(addOns.advancedSecurityMode());
    }

    private static String logGroup(LogConfigurationType c) {
        return c.cloudWatchLogsConfiguration() == null ? null : c.cloudWatchLogsConfiguration().logGroupArn();
    }

    private static String bucket(LogConfigurationType c) {
        return c.s3Configuration() == null ? null : c.s3Configuration().bucketArn();
    }

    private static String stream(LogConfigurationType c) {
        return c.firehoseConfiguration() == null ? null : c.firehoseConfiguration().streamArn();
    }

    static UserPoolState apply(UserPoolState s, LogDeliveryConfigurationSet e) {
        List<LogConfigurationType> wire = e.logConfigurations().stream().map(c -> LogConfigurationType.builder()
                .eventSource(c.eventSource()).logLevel(c.logLevel())
                .cloudWatchLogsConfiguration(c.cloudWatchLogGroupArn() == null ? null
                        : CloudWatchLogsConfigurationType.builder().logGroupArn(c.cloudWatchLogGroupArn()).build())
                .s3Configuration(c.s3BucketArn() == null ? null : S3ConfigurationType.builder().bucketArn(c.s3BucketArn()).build())
                .firehoseConfiguration(c.firehoseStreamArn() == null ? null
                        : FirehoseConfigurationType.builder().streamArn(c.firehoseStreamArn()).build())
                .build()).toList();
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security().withLogConfigurations(wire), s.imports());
    }
}

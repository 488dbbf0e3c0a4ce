// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration of user event logs to an external Amazon Web Services service like Amazon Data Firehose, Amazon S3, or Amazon CloudWatch Logs.
 *
 * <p>Cognito shape {@code LogConfigurationType}. Required: LogLevel, EventSource.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogConfigurationType(
        @JsonProperty("LogLevel") String logLevel,
        @JsonProperty("EventSource") String eventSource,
        @JsonProperty("CloudWatchLogsConfiguration") CloudWatchLogsConfigurationType cloudWatchLogsConfiguration,
        @JsonProperty("S3Configuration") S3ConfigurationType s3Configuration,
        @JsonProperty("FirehoseConfiguration") FirehoseConfigurationType firehoseConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.logLevel = logLevel;
        b.eventSource = eventSource;
        b.cloudWatchLogsConfiguration = cloudWatchLogsConfiguration;
        b.s3Configuration = s3Configuration;
        b.firehoseConfiguration = firehoseConfiguration;
        return b;
    }

    /** Builds {@link LogConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String logLevel;
        private String eventSource;
        private CloudWatchLogsConfigurationType cloudWatchLogsConfiguration;
        private S3ConfigurationType s3Configuration;
        private FirehoseConfigurationType firehoseConfiguration;

        private Builder() {
        }

        /** The errorlevel selection of logs that a user pool sends for detailed activity logging. */
        public Builder logLevel(String value) {
            this.logLevel = value;
            return this;
        }

        /** The source of events that your user pool sends for logging. */
        public Builder eventSource(String value) {
            this.eventSource = value;
            return this;
        }

        /** The CloudWatch log group destination of user pool detailed activity logs, or of user activity log export with threat protection. */
        public Builder cloudWatchLogsConfiguration(CloudWatchLogsConfigurationType value) {
            this.cloudWatchLogsConfiguration = value;
            return this;
        }

        /** The Amazon S3 bucket destination of user activity log export with threat protection. */
        public Builder s3Configuration(S3ConfigurationType value) {
            this.s3Configuration = value;
            return this;
        }

        /** The Amazon Data Firehose stream destination of user activity log export with threat protection. */
        public Builder firehoseConfiguration(FirehoseConfigurationType value) {
            this.firehoseConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public LogConfigurationType build() {
            return new LogConfigurationType(logLevel, eventSource, cloudWatchLogsConfiguration, s3Configuration, firehoseConfiguration);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration for the CloudWatch log group destination of user pool detailed activity logging, or of user activity log export with threat protection.
 *
 * <p>Cognito shape {@code CloudWatchLogsConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudWatchLogsConfigurationType(
        @JsonProperty("LogGroupArn") String logGroupArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.logGroupArn = logGroupArn;
        return b;
    }

    /** Builds {@link CloudWatchLogsConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String logGroupArn;

        private Builder() {
        }

        /** The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends logs. */
        public Builder logGroupArn(String value) {
            this.logGroupArn = value;
            return this;
        }

        /** Returns the record. */
        public CloudWatchLogsConfigurationType build() {
            return new CloudWatchLogsConfigurationType(logGroupArn);
        }
    }
}

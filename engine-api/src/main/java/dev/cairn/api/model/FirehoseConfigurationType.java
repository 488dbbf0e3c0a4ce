// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration for the Amazon Data Firehose stream destination of user activity log export with threat protection.
 *
 * <p>Cognito shape {@code FirehoseConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FirehoseConfigurationType(
        @JsonProperty("StreamArn") String streamArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.streamArn = streamArn;
        return b;
    }

    /** Builds {@link FirehoseConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String streamArn;

        private Builder() {
        }

        /** The ARN of an Amazon Data Firehose stream that's the destination for threat protection log export. */
        public Builder streamArn(String value) {
            this.streamArn = value;
            return this;
        }

        /** Returns the record. */
        public FirehoseConfigurationType build() {
            return new FirehoseConfigurationType(streamArn);
        }
    }
}

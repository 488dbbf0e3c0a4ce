// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration for the Amazon S3 bucket destination of user activity log export with threat protection.
 *
 * <p>Cognito shape {@code S3ConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record S3ConfigurationType(
        @JsonProperty("BucketArn") String bucketArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bucketArn = bucketArn;
        return b;
    }

    /** Builds {@link S3ConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String bucketArn;

        private Builder() {
        }

        /** The ARN of an Amazon S3 bucket that's the destination for threat protection log export. */
        public Builder bucketArn(String value) {
            this.bucketArn = value;
            return this;
        }

        /** Returns the record. */
        public S3ConfigurationType build() {
            return new S3ConfigurationType(bucketArn);
        }
    }
}

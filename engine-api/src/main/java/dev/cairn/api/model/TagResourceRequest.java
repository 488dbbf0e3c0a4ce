// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * TagResourceRequest
 *
 * <p>Cognito shape {@code TagResourceRequest}. Required: ResourceArn, Tags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TagResourceRequest(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("Tags") Map<String, String> tags) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resourceArn = resourceArn;
        b.tags = tags;
        return b;
    }

    /** Builds {@link TagResourceRequest}; unset members stay null. */
    public static final class Builder {
        private String resourceArn;
        private Map<String, String> tags;

        private Builder() {
        }

        /** The Amazon Resource Name (ARN) of the user pool to assign the tags to. */
        public Builder resourceArn(String value) {
            this.resourceArn = value;
            return this;
        }

        /** An array of tag keys and values that you want to assign to the user pool. */
        public Builder tags(Map<String, String> value) {
            this.tags = value;
            return this;
        }

        /** Returns the record. */
        public TagResourceRequest build() {
            return new TagResourceRequest(resourceArn, tags);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * UntagResourceRequest
 *
 * <p>Cognito shape {@code UntagResourceRequest}. Required: ResourceArn, TagKeys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UntagResourceRequest(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("TagKeys") List<String> tagKeys) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resourceArn = resourceArn;
        b.tagKeys = tagKeys;
        return b;
    }

    /** Builds {@link UntagResourceRequest}; unset members stay null. */
    public static final class Builder {
        private String resourceArn;
        private List<String> tagKeys;

        private Builder() {
        }

        /** The Amazon Resource Name (ARN) of the user pool that the tags are assigned to. */
        public Builder resourceArn(String value) {
            this.resourceArn = value;
            return this;
        }

        /** An array of tag keys that you want to remove from the user pool. */
        public Builder tagKeys(List<String> value) {
            this.tagKeys = value;
            return this;
        }

        /** Sets TagKeys from the given values. */
        public Builder tagKeys(String... values) {
            this.tagKeys = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UntagResourceRequest build() {
            return new UntagResourceRequest(resourceArn, tagKeys);
        }
    }
}

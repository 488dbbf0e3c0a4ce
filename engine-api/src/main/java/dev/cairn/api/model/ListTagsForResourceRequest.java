// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ListTagsForResourceRequest
 *
 * <p>Cognito shape {@code ListTagsForResourceRequest}. Required: ResourceArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTagsForResourceRequest(
        @JsonProperty("ResourceArn") String resourceArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resourceArn = resourceArn;
        return b;
    }

    /** Builds {@link ListTagsForResourceRequest}; unset members stay null. */
    public static final class Builder {
        private String resourceArn;

        private Builder() {
        }

        /** The Amazon Resource Name (ARN) of the user pool that the tags are assigned to. */
        public Builder resourceArn(String value) {
            this.resourceArn = value;
            return this;
        }

        /** Returns the record. */
        public ListTagsForResourceRequest build() {
            return new ListTagsForResourceRequest(resourceArn);
        }
    }
}

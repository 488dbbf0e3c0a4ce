// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * ListTagsForResourceResponse
 *
 * <p>Cognito shape {@code ListTagsForResourceResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTagsForResourceResponse(
        @JsonProperty("Tags") Map<String, String> tags) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tags = tags;
        return b;
    }

    /** Builds {@link ListTagsForResourceResponse}; unset members stay null. */
    public static final class Builder {
        private Map<String, String> tags;

        private Builder() {
        }

        /** The tags that are assigned to the user pool. */
        public Builder tags(Map<String, String> value) {
            this.tags = value;
            return this;
        }

        /** Returns the record. */
        public ListTagsForResourceResponse build() {
            return new ListTagsForResourceResponse(tags);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetGroupResponse
 *
 * <p>Cognito shape {@code GetGroupResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetGroupResponse(
        @JsonProperty("Group") GroupType group) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.group = group;
        return b;
    }

    /** Builds {@link GetGroupResponse}; unset members stay null. */
    public static final class Builder {
        private GroupType group;

        private Builder() {
        }

        /** A container for the requested group. */
        public Builder group(GroupType value) {
            this.group = value;
            return this;
        }

        /** Returns the record. */
        public GetGroupResponse build() {
            return new GetGroupResponse(group);
        }
    }
}

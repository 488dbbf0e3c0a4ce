// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * AdminListGroupsForUserResponse
 *
 * <p>Cognito shape {@code AdminListGroupsForUserResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListGroupsForUserResponse(
        @JsonProperty("Groups") List<GroupType> groups,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groups = groups;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link AdminListGroupsForUserResponse}; unset members stay null. */
    public static final class Builder {
        private List<GroupType> groups;
        private String nextToken;

        private Builder() {
        }

        /** An array of groups and information about them. */
        public Builder groups(List<GroupType> value) {
            this.groups = value;
            return this;
        }

        /** Sets Groups from the given values. */
        public Builder groups(GroupType... values) {
            this.groups = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public AdminListGroupsForUserResponse build() {
            return new AdminListGroupsForUserResponse(groups, nextToken);
        }
    }
}

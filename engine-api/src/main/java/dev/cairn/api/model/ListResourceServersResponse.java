// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * ListResourceServersResponse
 *
 * <p>Cognito shape {@code ListResourceServersResponse}. Required: ResourceServers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListResourceServersResponse(
        @JsonProperty("ResourceServers") List<ResourceServerType> resourceServers,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resourceServers = resourceServers;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListResourceServersResponse}; unset members stay null. */
    public static final class Builder {
        private List<ResourceServerType> resourceServers;
        private String nextToken;

        private Builder() {
        }

        /** An array of resource servers and the details of their configuration. */
        public Builder resourceServers(List<ResourceServerType> value) {
            this.resourceServers = value;
            return this;
        }

        /** Sets ResourceServers from the given values. */
        public Builder resourceServers(ResourceServerType... values) {
            this.resourceServers = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListResourceServersResponse build() {
            return new ListResourceServersResponse(resourceServers, nextToken);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeResourceServerResponse
 *
 * <p>Cognito shape {@code DescribeResourceServerResponse}. Required: ResourceServer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeResourceServerResponse(
        @JsonProperty("ResourceServer") ResourceServerType resourceServer) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.resourceServer = resourceServer;
        return b;
    }

    /** Builds {@link DescribeResourceServerResponse}; unset members stay null. */
    public static final class Builder {
        private ResourceServerType resourceServer;

        private Builder() {
        }

        /** The details of the requested resource server. */
        public Builder resourceServer(ResourceServerType value) {
            this.resourceServer = value;
            return this;
        }

        /** Returns the record. */
        public DescribeResourceServerResponse build() {
            return new DescribeResourceServerResponse(resourceServer);
        }
    }
}

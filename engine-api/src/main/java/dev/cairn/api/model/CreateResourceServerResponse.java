// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateResourceServerResponse
 *
 * <p>Cognito shape {@code CreateResourceServerResponse}. Required: ResourceServer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateResourceServerResponse(
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

    /** Builds {@link CreateResourceServerResponse}; unset members stay null. */
    public static final class Builder {
        private ResourceServerType resourceServer;

        private Builder() {
        }

        /** The details of the new resource server. */
        public Builder resourceServer(ResourceServerType value) {
            this.resourceServer = value;
            return this;
        }

        /** Returns the record. */
        public CreateResourceServerResponse build() {
            return new CreateResourceServerResponse(resourceServer);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * CreateResourceServerRequest
 *
 * <p>Cognito shape {@code CreateResourceServerRequest}. Required: UserPoolId, Identifier, Name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateResourceServerRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Identifier") String identifier,
        @JsonProperty("Name") String name,
        @JsonProperty("Scopes") List<ResourceServerScopeType> scopes) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.identifier = identifier;
        b.name = name;
        b.scopes = scopes;
        return b;
    }

    /** Builds {@link CreateResourceServerRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String identifier;
        private String name;
        private List<ResourceServerScopeType> scopes;

        private Builder() {
        }

        /** The ID of the user pool where you want to create a resource server. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A unique resource server identifier for the resource server. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /** A friendly name for the resource server. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** A list of custom scopes. */
        public Builder scopes(List<ResourceServerScopeType> value) {
            this.scopes = value;
            return this;
        }

        /** Sets Scopes from the given values. */
        public Builder scopes(ResourceServerScopeType... values) {
            this.scopes = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public CreateResourceServerRequest build() {
            return new CreateResourceServerRequest(userPoolId, identifier, name, scopes);
        }
    }
}

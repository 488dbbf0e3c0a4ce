// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One custom scope associated with a user pool resource server.
 *
 * <p>Cognito shape {@code ResourceServerScopeType}. Required: ScopeName, ScopeDescription.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceServerScopeType(
        @JsonProperty("ScopeName") String scopeName,
        @JsonProperty("ScopeDescription") String scopeDescription) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.scopeName = scopeName;
        b.scopeDescription = scopeDescription;
        return b;
    }

    /** Builds {@link ResourceServerScopeType}; unset members stay null. */
    public static final class Builder {
        private String scopeName;
        private String scopeDescription;

        private Builder() {
        }

        /** The name of the scope. */
        public Builder scopeName(String value) {
            this.scopeName = value;
            return this;
        }

        /** A friendly description of a custom scope. */
        public Builder scopeDescription(String value) {
            this.scopeDescription = value;
            return this;
        }

        /** Returns the record. */
        public ResourceServerScopeType build() {
            return new ResourceServerScopeType(scopeName, scopeDescription);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * ListIdentityProvidersResponse
 *
 * <p>Cognito shape {@code ListIdentityProvidersResponse}. Required: Providers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIdentityProvidersResponse(
        @JsonProperty("Providers") List<ProviderDescription> providers,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.providers = providers;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListIdentityProvidersResponse}; unset members stay null. */
    public static final class Builder {
        private List<ProviderDescription> providers;
        private String nextToken;

        private Builder() {
        }

        /** An array of the IdPs in your user pool. */
        public Builder providers(List<ProviderDescription> value) {
            this.providers = value;
            return this;
        }

        /** Sets Providers from the given values. */
        public Builder providers(ProviderDescription... values) {
            this.providers = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListIdentityProvidersResponse build() {
            return new ListIdentityProvidersResponse(providers, nextToken);
        }
    }
}

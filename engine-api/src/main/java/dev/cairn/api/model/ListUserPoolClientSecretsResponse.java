// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The response containing the list of client secret metadata.
 *
 * <p>Cognito shape {@code ListUserPoolClientSecretsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserPoolClientSecretsResponse(
        @JsonProperty("ClientSecrets") List<ClientSecretDescriptorType> clientSecrets,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientSecrets = clientSecrets;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListUserPoolClientSecretsResponse}; unset members stay null. */
    public static final class Builder {
        private List<ClientSecretDescriptorType> clientSecrets;
        private String nextToken;

        private Builder() {
        }

        /** A list of client secret descriptors containing the identifier and creation date for each secret. */
        public Builder clientSecrets(List<ClientSecretDescriptorType> value) {
            this.clientSecrets = value;
            return this;
        }

        /** Sets ClientSecrets from the given values. */
        public Builder clientSecrets(ClientSecretDescriptorType... values) {
            this.clientSecrets = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserPoolClientSecretsResponse build() {
            return new ListUserPoolClientSecretsResponse(clientSecrets, nextToken);
        }
    }
}

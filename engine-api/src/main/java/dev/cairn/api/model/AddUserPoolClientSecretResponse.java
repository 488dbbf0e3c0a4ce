// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response from creating a new client secret.
 *
 * <p>Cognito shape {@code AddUserPoolClientSecretResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddUserPoolClientSecretResponse(
        @JsonProperty("ClientSecretDescriptor") ClientSecretDescriptorType clientSecretDescriptor) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientSecretDescriptor = clientSecretDescriptor;
        return b;
    }

    /** Builds {@link AddUserPoolClientSecretResponse}; unset members stay null. */
    public static final class Builder {
        private ClientSecretDescriptorType clientSecretDescriptor;

        private Builder() {
        }

        /** The details of the newly created client secret, including its unique identifier and creation timestamp. */
        public Builder clientSecretDescriptor(ClientSecretDescriptorType value) {
            this.clientSecretDescriptor = value;
            return this;
        }

        /** Returns the record. */
        public AddUserPoolClientSecretResponse build() {
            return new AddUserPoolClientSecretResponse(clientSecretDescriptor);
        }
    }
}

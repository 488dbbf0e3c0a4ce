// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Contains information about a client secret, including its unique identifier, value, and creation timestamp.
 *
 * <p>Cognito shape {@code ClientSecretDescriptorType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientSecretDescriptorType(
        @JsonProperty("ClientSecretId") String clientSecretId,
        @JsonProperty("ClientSecretValue") String clientSecretValue,
        @JsonProperty("ClientSecretCreateDate") Instant clientSecretCreateDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientSecretId = clientSecretId;
        b.clientSecretValue = clientSecretValue;
        b.clientSecretCreateDate = clientSecretCreateDate;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ClientSecretDescriptorType["
                + "clientSecretId=" + clientSecretId
                + ", clientSecretValue=" + (clientSecretValue == null ? null : "***")
                + ", clientSecretCreateDate=" + clientSecretCreateDate + "]";
    }

    /** Builds {@link ClientSecretDescriptorType}; unset members stay null. */
    public static final class Builder {
        private String clientSecretId;
        private String clientSecretValue;
        private Instant clientSecretCreateDate;

        private Builder() {
        }

        /** The unique identifier for the client secret. */
        public Builder clientSecretId(String value) {
            this.clientSecretId = value;
            return this;
        }

        /** The actual secret value. */
        public Builder clientSecretValue(String value) {
            this.clientSecretValue = value;
            return this;
        }

        /** The date and time when the client secret was created. */
        public Builder clientSecretCreateDate(Instant value) {
            this.clientSecretCreateDate = value;
            return this;
        }

        /** Returns the record. */
        public ClientSecretDescriptorType build() {
            return new ClientSecretDescriptorType(clientSecretId, clientSecretValue, clientSecretCreateDate);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A short description of a user pool.
 *
 * <p>Cognito shape {@code UserPoolDescriptionType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPoolDescriptionType(
        @JsonProperty("Id") String id,
        @JsonProperty("Name") String name,
        @JsonProperty("LambdaConfig") LambdaConfigType lambdaConfig,
        @JsonProperty("Status") String status,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.lambdaConfig = lambdaConfig;
        b.status = status;
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        return b;
    }

    /** Builds {@link UserPoolDescriptionType}; unset members stay null. */
    public static final class Builder {
        private String id;
        private String name;
        private LambdaConfigType lambdaConfig;
        private String status;
        private Instant lastModifiedDate;
        private Instant creationDate;

        private Builder() {
        }

        /** The user pool ID. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** The user pool name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** A collection of user pool Lambda triggers. */
        public Builder lambdaConfig(LambdaConfigType value) {
            this.lambdaConfig = value;
            return this;
        }

        /** The user pool status. */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** Returns the record. */
        public UserPoolDescriptionType build() {
            return new UserPoolDescriptionType(id, name, lambdaConfig, status, lastModifiedDate, creationDate);
        }
    }
}

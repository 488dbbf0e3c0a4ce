// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A user profile in a Amazon Cognito user pool.
 *
 * <p>Cognito shape {@code UserType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserType(
        @JsonProperty("Username") String username,
        @JsonProperty("Attributes") List<AttributeType> attributes,
        @JsonProperty("UserCreateDate") Instant userCreateDate,
        @JsonProperty("UserLastModifiedDate") Instant userLastModifiedDate,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("UserStatus") String userStatus,
        @JsonProperty("MFAOptions") List<MFAOptionType> mfaOptions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.username = username;
        b.attributes = attributes;
        b.userCreateDate = userCreateDate;
        b.userLastModifiedDate = userLastModifiedDate;
        b.enabled = enabled;
        b.userStatus = userStatus;
        b.mfaOptions = mfaOptions;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UserType["
                + "username=" + (username == null ? null : "***")
                + ", attributes=" + attributes
                + ", userCreateDate=" + userCreateDate
                + ", userLastModifiedDate=" + userLastModifiedDate
                + ", enabled=" + enabled
                + ", userStatus=" + userStatus
                + ", mfaOptions=" + mfaOptions + "]";
    }

    /** Builds {@link UserType}; unset members stay null. */
    public static final class Builder {
        private String username;
        private List<AttributeType> attributes;
        private Instant userCreateDate;
        private Instant userLastModifiedDate;
        private Boolean enabled;
        private String userStatus;
        private List<MFAOptionType> mfaOptions;

        private Builder() {
        }

        /** The user's username. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** Names and values of a user's attributes, for example email . */
        public Builder attributes(List<AttributeType> value) {
            this.attributes = value;
            return this;
        }

        /** Sets Attributes from the given values. */
        public Builder attributes(AttributeType... values) {
            this.attributes = Arrays.asList(values);
            return this;
        }

        /** The date and time when the item was created. */
        public Builder userCreateDate(Instant value) {
            this.userCreateDate = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder userLastModifiedDate(Instant value) {
            this.userLastModifiedDate = value;
            return this;
        }

        /** Indicates whether the user's account is enabled or disabled. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** The user status. */
        public Builder userStatus(String value) {
            this.userStatus = value;
            return this;
        }

        /** The user's MFA configuration. */
        public Builder mfaOptions(List<MFAOptionType> value) {
            this.mfaOptions = value;
            return this;
        }

        /** Sets MFAOptions from the given values. */
        public Builder mfaOptions(MFAOptionType... values) {
            this.mfaOptions = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UserType build() {
            return new UserType(username, attributes, userCreateDate, userLastModifiedDate, enabled, userStatus, mfaOptions);
        }
    }
}

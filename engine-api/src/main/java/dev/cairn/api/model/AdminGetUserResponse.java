// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server from the request to get the specified user as an administrator.
 *
 * <p>Cognito shape {@code AdminGetUserResponse}. Required: Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminGetUserResponse(
        @JsonProperty("Username") String username,
        @JsonProperty("UserAttributes") List<AttributeType> userAttributes,
        @JsonProperty("UserCreateDate") Instant userCreateDate,
        @JsonProperty("UserLastModifiedDate") Instant userLastModifiedDate,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("UserStatus") String userStatus,
        @JsonProperty("MFAOptions") List<MFAOptionType> mfaOptions,
        @JsonProperty("PreferredMfaSetting") String preferredMfaSetting,
        @JsonProperty("UserMFASettingList") List<String> userMFASettingList) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.username = username;
        b.userAttributes = userAttributes;
        b.userCreateDate = userCreateDate;
        b.userLastModifiedDate = userLastModifiedDate;
        b.enabled = enabled;
        b.userStatus = userStatus;
        b.mfaOptions = mfaOptions;
        b.preferredMfaSetting = preferredMfaSetting;
        b.userMFASettingList = userMFASettingList;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminGetUserResponse["
                + "username=" + (username == null ? null : "***")
                + ", userAttributes=" + userAttributes
                + ", userCreateDate=" + userCreateDate
                + ", userLastModifiedDate=" + userLastModifiedDate
                + ", enabled=" + enabled
                + ", userStatus=" + userStatus
                + ", mfaOptions=" + mfaOptions
                + ", preferredMfaSetting=" + preferredMfaSetting
                + ", userMFASettingList=" + userMFASettingList + "]";
    }

    /** Builds {@link AdminGetUserResponse}; unset members stay null. */
    public static final class Builder {
        private String username;
        private List<AttributeType> userAttributes;
        private Instant userCreateDate;
        private Instant userLastModifiedDate;
        private Boolean enabled;
        private String userStatus;
        private List<MFAOptionType> mfaOptions;
        private String preferredMfaSetting;
        private List<String> userMFASettingList;

        private Builder() {
        }

        /** The username of the user that you requested. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** An array of name-value pairs of user attributes and their values, for example "email": "testuser{@literal @}example.com" . */
        public Builder userAttributes(List<AttributeType> value) {
            this.userAttributes = value;
            return this;
        }

        /** Sets UserAttributes from the given values. */
        public Builder userAttributes(AttributeType... values) {
            this.userAttributes = Arrays.asList(values);
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

        /** Indicates whether the user is activated for sign-in. */
        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** The user's status. */
        public Builder userStatus(String value) {
            this.userStatus = value;
            return this;
        }

        /** This response parameter is no longer supported. */
        public Builder mfaOptions(List<MFAOptionType> value) {
            this.mfaOptions = value;
            return this;
        }

        /** Sets MFAOptions from the given values. */
        public Builder mfaOptions(MFAOptionType... values) {
            this.mfaOptions = Arrays.asList(values);
            return this;
        }

        /** The user's preferred MFA. */
        public Builder preferredMfaSetting(String value) {
            this.preferredMfaSetting = value;
            return this;
        }

        /** The MFA options that are activated for the user. */
        public Builder userMFASettingList(List<String> value) {
            this.userMFASettingList = value;
            return this;
        }

        /** Sets UserMFASettingList from the given values. */
        public Builder userMFASettingList(String... values) {
            this.userMFASettingList = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public AdminGetUserResponse build() {
            return new AdminGetUserResponse(username, userAttributes, userCreateDate, userLastModifiedDate, enabled, userStatus, mfaOptions, preferredMfaSetting, userMFASettingList);
        }
    }
}

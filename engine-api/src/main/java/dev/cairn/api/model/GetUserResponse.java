// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server from the request to get information about the user.
 *
 * <p>Cognito shape {@code GetUserResponse}. Required: Username, UserAttributes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUserResponse(
        @JsonProperty("Username") String username,
        @JsonProperty("UserAttributes") List<AttributeType> userAttributes,
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
        b.mfaOptions = mfaOptions;
        b.preferredMfaSetting = preferredMfaSetting;
        b.userMFASettingList = userMFASettingList;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetUserResponse["
                + "username=" + (username == null ? null : "***")
                + ", userAttributes=" + userAttributes
                + ", mfaOptions=" + mfaOptions
                + ", preferredMfaSetting=" + preferredMfaSetting
                + ", userMFASettingList=" + userMFASettingList + "]";
    }

    /** Builds {@link GetUserResponse}; unset members stay null. */
    public static final class Builder {
        private String username;
        private List<AttributeType> userAttributes;
        private List<MFAOptionType> mfaOptions;
        private String preferredMfaSetting;
        private List<String> userMFASettingList;

        private Builder() {
        }

        /** The name of the user that you requested. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** An array of name-value pairs representing user attributes. */
        public Builder userAttributes(List<AttributeType> value) {
            this.userAttributes = value;
            return this;
        }

        /** Sets UserAttributes from the given values. */
        public Builder userAttributes(AttributeType... values) {
            this.userAttributes = Arrays.asList(values);
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
        public GetUserResponse build() {
            return new GetUserResponse(username, userAttributes, mfaOptions, preferredMfaSetting, userMFASettingList);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * GetUserAuthFactorsResponse
 *
 * <p>Cognito shape {@code GetUserAuthFactorsResponse}. Required: Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUserAuthFactorsResponse(
        @JsonProperty("Username") String username,
        @JsonProperty("PreferredMfaSetting") String preferredMfaSetting,
        @JsonProperty("UserMFASettingList") List<String> userMFASettingList,
        @JsonProperty("ConfiguredUserAuthFactors") List<String> configuredUserAuthFactors) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.username = username;
        b.preferredMfaSetting = preferredMfaSetting;
        b.userMFASettingList = userMFASettingList;
        b.configuredUserAuthFactors = configuredUserAuthFactors;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetUserAuthFactorsResponse["
                + "username=" + (username == null ? null : "***")
                + ", preferredMfaSetting=" + preferredMfaSetting
                + ", userMFASettingList=" + userMFASettingList
                + ", configuredUserAuthFactors=" + configuredUserAuthFactors + "]";
    }

    /** Builds {@link GetUserAuthFactorsResponse}; unset members stay null. */
    public static final class Builder {
        private String username;
        private String preferredMfaSetting;
        private List<String> userMFASettingList;
        private List<String> configuredUserAuthFactors;

        private Builder() {
        }

        /** The name of the user who is eligible for the authentication factors in the response. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The challenge method that Amazon Cognito returns to the user in response to sign-in requests. */
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

        /** The authentication types that are available to the user with USER_AUTH sign-in, for example ["PASSWORD", "WEB_AUTHN"] . */
        public Builder configuredUserAuthFactors(List<String> value) {
            this.configuredUserAuthFactors = value;
            return this;
        }

        /** Sets ConfiguredUserAuthFactors from the given values. */
        public Builder configuredUserAuthFactors(String... values) {
            this.configuredUserAuthFactors = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public GetUserAuthFactorsResponse build() {
            return new GetUserAuthFactorsResponse(username, preferredMfaSetting, userMFASettingList, configuredUserAuthFactors);
        }
    }
}

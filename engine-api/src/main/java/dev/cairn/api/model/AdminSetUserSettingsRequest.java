// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * You can use this parameter to set an MFA configuration that uses the SMS delivery medium.
 *
 * <p>Cognito shape {@code AdminSetUserSettingsRequest}. Required: UserPoolId, Username, MFAOptions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminSetUserSettingsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("MFAOptions") List<MFAOptionType> mfaOptions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.mfaOptions = mfaOptions;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminSetUserSettingsRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", mfaOptions=" + mfaOptions + "]";
    }

    /** Builds {@link AdminSetUserSettingsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private List<MFAOptionType> mfaOptions;

        private Builder() {
        }

        /** The ID of the user pool that contains the user whose options you're setting. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** You can use this parameter only to set an SMS configuration that uses SMS for delivery. */
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
        public AdminSetUserSettingsRequest build() {
            return new AdminSetUserSettingsRequest(userPoolId, username, mfaOptions);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * VerifySoftwareTokenRequest
 *
 * <p>Cognito shape {@code VerifySoftwareTokenRequest}. Required: UserCode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifySoftwareTokenRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("Session") String session,
        @JsonProperty("UserCode") String userCode,
        @JsonProperty("FriendlyDeviceName") String friendlyDeviceName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.session = session;
        b.userCode = userCode;
        b.friendlyDeviceName = friendlyDeviceName;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "VerifySoftwareTokenRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", session=" + (session == null ? null : "***")
                + ", userCode=" + (userCode == null ? null : "***")
                + ", friendlyDeviceName=" + friendlyDeviceName + "]";
    }

    /** Builds {@link VerifySoftwareTokenRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String session;
        private String userCode;
        private String friendlyDeviceName;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The session ID from an AssociateSoftwareToken request. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** A TOTP that the user generated in their configured authenticator app. */
        public Builder userCode(String value) {
            this.userCode = value;
            return this;
        }

        /** A friendly name for the device that's running the TOTP authenticator. */
        public Builder friendlyDeviceName(String value) {
            this.friendlyDeviceName = value;
            return this;
        }

        /** Returns the record. */
        public VerifySoftwareTokenRequest build() {
            return new VerifySoftwareTokenRequest(accessToken, session, userCode, friendlyDeviceName);
        }
    }
}

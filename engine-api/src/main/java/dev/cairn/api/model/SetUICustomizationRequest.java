// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetUICustomizationRequest
 *
 * <p>Cognito shape {@code SetUICustomizationRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUICustomizationRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("CSS") String css,
        @JsonProperty("ImageFile") byte[] imageFile) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.css = css;
        b.imageFile = imageFile;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SetUICustomizationRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", css=" + css
                + ", imageFile=" + imageFile + "]";
    }

    /** Builds {@link SetUICustomizationRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String css;
        private byte[] imageFile;

        private Builder() {
        }

        /** The ID of the user pool where you want to apply branding to the classic hosted UI. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client that you want to customize. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A plaintext CSS file that contains the custom fields that you want to apply to your user pool or app client. */
        public Builder css(String value) {
            this.css = value;
            return this;
        }

        /** The image that you want to set as your login in the classic hosted UI, as a Base64-formatted binary object. */
        public Builder imageFile(byte[] value) {
            this.imageFile = value;
            return this;
        }

        /** Returns the record. */
        public SetUICustomizationRequest build() {
            return new SetUICustomizationRequest(userPoolId, clientId, css, imageFile);
        }
    }
}

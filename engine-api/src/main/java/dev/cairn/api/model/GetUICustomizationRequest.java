// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetUICustomizationRequest
 *
 * <p>Cognito shape {@code GetUICustomizationRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUICustomizationRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetUICustomizationRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***") + "]";
    }

    /** Builds {@link GetUICustomizationRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;

        private Builder() {
        }

        /** The ID of the user pool that you want to query for branding settings. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client that you want to query for branding settings. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** Returns the record. */
        public GetUICustomizationRequest build() {
            return new GetUICustomizationRequest(userPoolId, clientId);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeManagedLoginBrandingByClientRequest
 *
 * <p>Cognito shape {@code DescribeManagedLoginBrandingByClientRequest}. Required: UserPoolId, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeManagedLoginBrandingByClientRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ReturnMergedResources") Boolean returnMergedResources) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.returnMergedResources = returnMergedResources;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "DescribeManagedLoginBrandingByClientRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", returnMergedResources=" + returnMergedResources + "]";
    }

    /** Builds {@link DescribeManagedLoginBrandingByClientRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private Boolean returnMergedResources;

        private Builder() {
        }

        /** The ID of the user pool that contains the app client where you want more information about the managed login branding style. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The app client that's assigned to the branding style that you want more information about. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** When true , returns values for branding options that are unchanged from Amazon Cognito defaults. */
        public Builder returnMergedResources(Boolean value) {
            this.returnMergedResources = value;
            return this;
        }

        /** Returns the record. */
        public DescribeManagedLoginBrandingByClientRequest build() {
            return new DescribeManagedLoginBrandingByClientRequest(userPoolId, clientId, returnMergedResources);
        }
    }
}

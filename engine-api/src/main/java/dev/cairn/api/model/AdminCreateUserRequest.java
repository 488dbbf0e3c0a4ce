// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Creates a new user in the specified user pool.
 *
 * <p>Cognito shape {@code AdminCreateUserRequest}. Required: UserPoolId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminCreateUserRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("UserAttributes") List<AttributeType> userAttributes,
        @JsonProperty("ValidationData") List<AttributeType> validationData,
        @JsonProperty("TemporaryPassword") String temporaryPassword,
        @JsonProperty("ForceAliasCreation") Boolean forceAliasCreation,
        @JsonProperty("MessageAction") String messageAction,
        @JsonProperty("DesiredDeliveryMediums") List<String> desiredDeliveryMediums,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.userAttributes = userAttributes;
        b.validationData = validationData;
        b.temporaryPassword = temporaryPassword;
        b.forceAliasCreation = forceAliasCreation;
        b.messageAction = messageAction;
        b.desiredDeliveryMediums = desiredDeliveryMediums;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminCreateUserRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", userAttributes=" + userAttributes
                + ", validationData=" + validationData
                + ", temporaryPassword=" + (temporaryPassword == null ? null : "***")
                + ", forceAliasCreation=" + forceAliasCreation
                + ", messageAction=" + messageAction
                + ", desiredDeliveryMediums=" + desiredDeliveryMediums
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link AdminCreateUserRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private List<AttributeType> userAttributes;
        private List<AttributeType> validationData;
        private String temporaryPassword;
        private Boolean forceAliasCreation;
        private String messageAction;
        private List<String> desiredDeliveryMediums;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the user pool where you want to create a user. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The value that you want to set as the username sign-in attribute. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** An array of name-value pairs that contain user attributes and attribute values to be set for the user to be created. */
        public Builder userAttributes(List<AttributeType> value) {
            this.userAttributes = value;
            return this;
        }

        /** Sets UserAttributes from the given values. */
        public Builder userAttributes(AttributeType... values) {
            this.userAttributes = Arrays.asList(values);
            return this;
        }

        /** Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. */
        public Builder validationData(List<AttributeType> value) {
            this.validationData = value;
            return this;
        }

        /** Sets ValidationData from the given values. */
        public Builder validationData(AttributeType... values) {
            this.validationData = Arrays.asList(values);
            return this;
        }

        /** The user's temporary password. */
        public Builder temporaryPassword(String value) {
            this.temporaryPassword = value;
            return this;
        }

        /** This parameter is used only if the phone_number_verified or email_verified attribute is set to True . */
        public Builder forceAliasCreation(Boolean value) {
            this.forceAliasCreation = value;
            return this;
        }

        /** Set to RESEND to resend the invitation message to a user that already exists, and to reset the temporary-password duration with a new temporary password. */
        public Builder messageAction(String value) {
            this.messageAction = value;
            return this;
        }

        /** Specify EMAIL if email will be used to send the welcome message. */
        public Builder desiredDeliveryMediums(List<String> value) {
            this.desiredDeliveryMediums = value;
            return this;
        }

        /** Sets DesiredDeliveryMediums from the given values. */
        public Builder desiredDeliveryMediums(String... values) {
            this.desiredDeliveryMediums = Arrays.asList(values);
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public AdminCreateUserRequest build() {
            return new AdminCreateUserRequest(userPoolId, username, userAttributes, validationData, temporaryPassword, forceAliasCreation, messageAction, desiredDeliveryMediums, clientMetadata);
        }
    }
}

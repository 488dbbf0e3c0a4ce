// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings for administrator creation of users in a user pool.
 *
 * <p>Cognito shape {@code AdminCreateUserConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminCreateUserConfigType(
        @JsonProperty("AllowAdminCreateUserOnly") Boolean allowAdminCreateUserOnly,
        @JsonProperty("UnusedAccountValidityDays") Integer unusedAccountValidityDays,
        @JsonProperty("InviteMessageTemplate") MessageTemplateType inviteMessageTemplate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.allowAdminCreateUserOnly = allowAdminCreateUserOnly;
        b.unusedAccountValidityDays = unusedAccountValidityDays;
        b.inviteMessageTemplate = inviteMessageTemplate;
        return b;
    }

    /** Builds {@link AdminCreateUserConfigType}; unset members stay null. */
    public static final class Builder {
        private Boolean allowAdminCreateUserOnly;
        private Integer unusedAccountValidityDays;
        private MessageTemplateType inviteMessageTemplate;

        private Builder() {
        }

        /** The setting for allowing self-service sign-up. */
        public Builder allowAdminCreateUserOnly(Boolean value) {
            this.allowAdminCreateUserOnly = value;
            return this;
        }

        /** This parameter is no longer in use. */
        public Builder unusedAccountValidityDays(Integer value) {
            this.unusedAccountValidityDays = value;
            return this;
        }

        /** The template for the welcome message to new users. */
        public Builder inviteMessageTemplate(MessageTemplateType value) {
            this.inviteMessageTemplate = value;
            return this;
        }

        /** Returns the record. */
        public AdminCreateUserConfigType build() {
            return new AdminCreateUserConfigType(allowAdminCreateUserOnly, unusedAccountValidityDays, inviteMessageTemplate);
        }
    }
}

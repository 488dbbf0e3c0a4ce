// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to set user settings.
 *
 * <p>Cognito shape {@code SetUserSettingsRequest}. Required: AccessToken, MFAOptions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUserSettingsRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("MFAOptions") List<MFAOptionType> mfaOptions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.mfaOptions = mfaOptions;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SetUserSettingsRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", mfaOptions=" + mfaOptions + "]";
    }

    /** Builds {@link SetUserSettingsRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private List<MFAOptionType> mfaOptions;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
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
        public SetUserSettingsRequest build() {
            return new SetUserSettingsRequest(accessToken, mfaOptions);
        }
    }
}

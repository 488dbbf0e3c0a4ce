// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The confirm-device response.
 *
 * <p>Cognito shape {@code ConfirmDeviceResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmDeviceResponse(
        @JsonProperty("UserConfirmationNecessary") Boolean userConfirmationNecessary) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userConfirmationNecessary = userConfirmationNecessary;
        return b;
    }

    /** Builds {@link ConfirmDeviceResponse}; unset members stay null. */
    public static final class Builder {
        private Boolean userConfirmationNecessary;

        private Builder() {
        }

        /** When true , your user must confirm that they want to remember the device. */
        public Builder userConfirmationNecessary(Boolean value) {
            this.userConfirmationNecessary = value;
            return this;
        }

        /** Returns the record. */
        public ConfirmDeviceResponse build() {
            return new ConfirmDeviceResponse(userConfirmationNecessary);
        }
    }
}

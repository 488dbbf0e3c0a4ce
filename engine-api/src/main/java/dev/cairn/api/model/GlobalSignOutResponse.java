// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The response to the request to sign out all devices.
 *
 * <p>Cognito shape {@code GlobalSignOutResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlobalSignOutResponse() {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        return b;
    }

    /** Builds {@link GlobalSignOutResponse}; unset members stay null. */
    public static final class Builder {
        private Builder() {
        }

        /** Returns the record. */
        public GlobalSignOutResponse build() {
            return new GlobalSignOutResponse();
        }
    }
}

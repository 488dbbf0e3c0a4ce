// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Information that your application adds to authentication requests.
 *
 * <p>Cognito shape {@code AnalyticsMetadataType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyticsMetadataType(
        @JsonProperty("AnalyticsEndpointId") String analyticsEndpointId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.analyticsEndpointId = analyticsEndpointId;
        return b;
    }

    /** Builds {@link AnalyticsMetadataType}; unset members stay null. */
    public static final class Builder {
        private String analyticsEndpointId;

        private Builder() {
        }

        /** The endpoint ID. */
        public Builder analyticsEndpointId(String value) {
            this.analyticsEndpointId = value;
            return this;
        }

        /** Returns the record. */
        public AnalyticsMetadataType build() {
            return new AnalyticsMetadataType(analyticsEndpointId);
        }
    }
}

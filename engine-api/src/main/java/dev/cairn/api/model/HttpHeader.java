// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The HTTP header in the ContextData parameter.
 *
 * <p>Cognito shape {@code HttpHeader}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpHeader(
        @JsonProperty("headerName") String headerName,
        @JsonProperty("headerValue") String headerValue) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.headerName = headerName;
        b.headerValue = headerValue;
        return b;
    }

    /** Builds {@link HttpHeader}; unset members stay null. */
    public static final class Builder {
        private String headerName;
        private String headerValue;

        private Builder() {
        }

        /** The header name. */
        public Builder headerName(String value) {
            this.headerName = value;
            return this;
        }

        /** The header value. */
        public Builder headerValue(String value) {
            this.headerValue = value;
            return this;
        }

        /** Returns the record. */
        public HttpHeader build() {
            return new HttpHeader(headerName, headerValue);
        }
    }
}

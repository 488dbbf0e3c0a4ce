// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * UpdateTermsResponse
 *
 * <p>Cognito shape {@code UpdateTermsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateTermsResponse(
        @JsonProperty("Terms") TermsType terms) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.terms = terms;
        return b;
    }

    /** Builds {@link UpdateTermsResponse}; unset members stay null. */
    public static final class Builder {
        private TermsType terms;

        private Builder() {
        }

        /** A summary of the updates to your terms documents. */
        public Builder terms(TermsType value) {
            this.terms = value;
            return this;
        }

        /** Returns the record. */
        public UpdateTermsResponse build() {
            return new UpdateTermsResponse(terms);
        }
    }
}

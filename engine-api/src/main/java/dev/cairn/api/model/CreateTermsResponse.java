// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateTermsResponse
 *
 * <p>Cognito shape {@code CreateTermsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateTermsResponse(
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

    /** Builds {@link CreateTermsResponse}; unset members stay null. */
    public static final class Builder {
        private TermsType terms;

        private Builder() {
        }

        /** A summary of your terms documents. */
        public Builder terms(TermsType value) {
            this.terms = value;
            return this;
        }

        /** Returns the record. */
        public CreateTermsResponse build() {
            return new CreateTermsResponse(terms);
        }
    }
}

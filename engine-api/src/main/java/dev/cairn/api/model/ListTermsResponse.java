// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * ListTermsResponse
 *
 * <p>Cognito shape {@code ListTermsResponse}. Required: Terms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTermsResponse(
        @JsonProperty("Terms") List<TermsDescriptionType> terms,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.terms = terms;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListTermsResponse}; unset members stay null. */
    public static final class Builder {
        private List<TermsDescriptionType> terms;
        private String nextToken;

        private Builder() {
        }

        /** A summary of the requested terms documents. */
        public Builder terms(List<TermsDescriptionType> value) {
            this.terms = value;
            return this;
        }

        /** Sets Terms from the given values. */
        public Builder terms(TermsDescriptionType... values) {
            this.terms = Arrays.asList(values);
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListTermsResponse build() {
            return new ListTermsResponse(terms, nextToken);
        }
    }
}

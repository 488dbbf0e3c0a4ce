// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeUserPoolDomainRequest
 *
 * <p>Cognito shape {@code DescribeUserPoolDomainRequest}. Required: Domain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeUserPoolDomainRequest(
        @JsonProperty("Domain") String domain) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.domain = domain;
        return b;
    }

    /** Builds {@link DescribeUserPoolDomainRequest}; unset members stay null. */
    public static final class Builder {
        private String domain;

        private Builder() {
        }

        /** The domain that you want to describe. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** Returns the record. */
        public DescribeUserPoolDomainRequest build() {
            return new DescribeUserPoolDomainRequest(domain);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeUserPoolDomainResponse
 *
 * <p>Cognito shape {@code DescribeUserPoolDomainResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeUserPoolDomainResponse(
        @JsonProperty("DomainDescription") DomainDescriptionType domainDescription) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.domainDescription = domainDescription;
        return b;
    }

    /** Builds {@link DescribeUserPoolDomainResponse}; unset members stay null. */
    public static final class Builder {
        private DomainDescriptionType domainDescription;

        private Builder() {
        }

        /** The details of the requested user pool domain. */
        public Builder domainDescription(DomainDescriptionType value) {
            this.domainDescription = value;
            return this;
        }

        /** Returns the record. */
        public DescribeUserPoolDomainResponse build() {
            return new DescribeUserPoolDomainResponse(domainDescription);
        }
    }
}

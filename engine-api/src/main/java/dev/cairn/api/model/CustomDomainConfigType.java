// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration for a hosted UI custom domain.
 *
 * <p>Cognito shape {@code CustomDomainConfigType}. Required: CertificateArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomDomainConfigType(
        @JsonProperty("CertificateArn") String certificateArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.certificateArn = certificateArn;
        return b;
    }

    /** Builds {@link CustomDomainConfigType}; unset members stay null. */
    public static final class Builder {
        private String certificateArn;

        private Builder() {
        }

        /** The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. */
        public Builder certificateArn(String value) {
            this.certificateArn = value;
            return this;
        }

        /** Returns the record. */
        public CustomDomainConfigType build() {
            return new CustomDomainConfigType(certificateArn);
        }
    }
}

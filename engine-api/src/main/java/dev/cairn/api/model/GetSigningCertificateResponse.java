// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response from Amazon Cognito for a signing certificate request.
 *
 * <p>Cognito shape {@code GetSigningCertificateResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetSigningCertificateResponse(
        @JsonProperty("Certificate") String certificate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.certificate = certificate;
        return b;
    }

    /** Builds {@link GetSigningCertificateResponse}; unset members stay null. */
    public static final class Builder {
        private String certificate;

        private Builder() {
        }

        /** The x.509 certificate that signs SAML 2.0 authentication requests for your user pool. */
        public Builder certificate(String value) {
            this.certificate = value;
            return this;
        }

        /** Returns the record. */
        public GetSigningCertificateResponse build() {
            return new GetSigningCertificateResponse(certificate);
        }
    }
}

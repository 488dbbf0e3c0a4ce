// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Contextual user data used for evaluating the risk of an authentication event by user pool threat protection.
 *
 * <p>Cognito shape {@code ContextDataType}. Required: IpAddress, ServerName, ServerPath, HttpHeaders.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextDataType(
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("ServerName") String serverName,
        @JsonProperty("ServerPath") String serverPath,
        @JsonProperty("HttpHeaders") List<HttpHeader> httpHeaders,
        @JsonProperty("EncodedData") String encodedData) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ipAddress = ipAddress;
        b.serverName = serverName;
        b.serverPath = serverPath;
        b.httpHeaders = httpHeaders;
        b.encodedData = encodedData;
        return b;
    }

    /** Builds {@link ContextDataType}; unset members stay null. */
    public static final class Builder {
        private String ipAddress;
        private String serverName;
        private String serverPath;
        private List<HttpHeader> httpHeaders;
        private String encodedData;

        private Builder() {
        }

        /** The source IP address of your user's device. */
        public Builder ipAddress(String value) {
            this.ipAddress = value;
            return this;
        }

        /** The name of your application's service endpoint. */
        public Builder serverName(String value) {
            this.serverName = value;
            return this;
        }

        /** The path of your application's service endpoint. */
        public Builder serverPath(String value) {
            this.serverPath = value;
            return this;
        }

        /** The HTTP headers from your user's authentication request. */
        public Builder httpHeaders(List<HttpHeader> value) {
            this.httpHeaders = value;
            return this;
        }

        /** Sets HttpHeaders from the given values. */
        public Builder httpHeaders(HttpHeader... values) {
            this.httpHeaders = Arrays.asList(values);
            return this;
        }

        /** Encoded device-fingerprint details that your app collected with the Amazon Cognito context data collection library. */
        public Builder encodedData(String value) {
            this.encodedData = value;
            return this;
        }

        /** Returns the record. */
        public ContextDataType build() {
            return new ContextDataType(ipAddress, serverName, serverPath, httpHeaders, encodedData);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A container for the UI customization information for the hosted UI in a user pool.
 *
 * <p>Cognito shape {@code UICustomizationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UICustomizationType(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ImageUrl") String imageUrl,
        @JsonProperty("CSS") String css,
        @JsonProperty("CSSVersion") String cssVersion,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.imageUrl = imageUrl;
        b.css = css;
        b.cssVersion = cssVersion;
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UICustomizationType["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", imageUrl=" + imageUrl
                + ", css=" + css
                + ", cssVersion=" + cssVersion
                + ", lastModifiedDate=" + lastModifiedDate
                + ", creationDate=" + creationDate + "]";
    }

    /** Builds {@link UICustomizationType}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String imageUrl;
        private String css;
        private String cssVersion;
        private Instant lastModifiedDate;
        private Instant creationDate;

        private Builder() {
        }

        /** The ID of the user pool with hosted UI customizations. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The app client ID for your UI customization. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A URL path to the hosted logo image of your UI customization. */
        public Builder imageUrl(String value) {
            this.imageUrl = value;
            return this;
        }

        /** The CSS values in the UI customization. */
        public Builder css(String value) {
            this.css = value;
            return this;
        }

        /** The CSS version number. */
        public Builder cssVersion(String value) {
            this.cssVersion = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** Returns the record. */
        public UICustomizationType build() {
            return new UICustomizationType(userPoolId, clientId, imageUrl, css, cssVersion, lastModifiedDate, creationDate);
        }
    }
}

// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An image file from a managed login branding style in a user pool.
 *
 * <p>Cognito shape {@code AssetType}. Required: Category, ColorMode, Extension.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetType(
        @JsonProperty("Category") String category,
        @JsonProperty("ColorMode") String colorMode,
        @JsonProperty("Extension") String extension,
        @JsonProperty("Bytes") byte[] bytes,
        @JsonProperty("ResourceId") String resourceId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.category = category;
        b.colorMode = colorMode;
        b.extension = extension;
        b.bytes = bytes;
        b.resourceId = resourceId;
        return b;
    }

    /** Builds {@link AssetType}; unset members stay null. */
    public static final class Builder {
        private String category;
        private String colorMode;
        private String extension;
        private byte[] bytes;
        private String resourceId;

        private Builder() {
        }

        /** The category that the image corresponds to in your managed login configuration. */
        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /** The display-mode target of the asset: light, dark, or browser-adaptive. */
        public Builder colorMode(String value) {
            this.colorMode = value;
            return this;
        }

        /** The file type of the image file. */
        public Builder extension(String value) {
            this.extension = value;
            return this;
        }

        /** The image file, in Base64-encoded binary. */
        public Builder bytes(byte[] value) {
            this.bytes = value;
            return this;
        }

        /** The ID of the asset. */
        public Builder resourceId(String value) {
            this.resourceId = value;
            return this;
        }

        /** Returns the record. */
        public AssetType build() {
            return new AssetType(category, colorMode, extension, bytes, resourceId);
        }
    }
}

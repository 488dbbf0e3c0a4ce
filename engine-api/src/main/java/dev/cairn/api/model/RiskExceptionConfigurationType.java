// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Exceptions to the risk evaluation configuration, including always-allow and always-block IP address ranges.
 *
 * <p>Cognito shape {@code RiskExceptionConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskExceptionConfigurationType(
        @JsonProperty("BlockedIPRangeList") List<String> blockedIPRangeList,
        @JsonProperty("SkippedIPRangeList") List<String> skippedIPRangeList) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.blockedIPRangeList = blockedIPRangeList;
        b.skippedIPRangeList = skippedIPRangeList;
        return b;
    }

    /** Builds {@link RiskExceptionConfigurationType}; unset members stay null. */
    public static final class Builder {
        private List<String> blockedIPRangeList;
        private List<String> skippedIPRangeList;

        private Builder() {
        }

        /** An always-block IP address list. */
        public Builder blockedIPRangeList(List<String> value) {
            this.blockedIPRangeList = value;
            return this;
        }

        /** Sets BlockedIPRangeList from the given values. */
        public Builder blockedIPRangeList(String... values) {
            this.blockedIPRangeList = Arrays.asList(values);
            return this;
        }

        /** An always-allow IP address list. */
        public Builder skippedIPRangeList(List<String> value) {
            this.skippedIPRangeList = value;
            return this;
        }

        /** Sets SkippedIPRangeList from the given values. */
        public Builder skippedIPRangeList(String... values) {
            this.skippedIPRangeList = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public RiskExceptionConfigurationType build() {
            return new RiskExceptionConfigurationType(blockedIPRangeList, skippedIPRangeList);
        }
    }
}

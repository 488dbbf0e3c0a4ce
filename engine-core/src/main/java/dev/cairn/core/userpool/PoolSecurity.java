package dev.cairn.core.userpool;

import dev.cairn.api.model.LogConfigurationType;
import dev.cairn.api.model.RiskConfigurationType;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pool's monitoring and threat protection settings: where its activity logs go
 * (SetLogDeliveryConfiguration) and how it answers risk (SetRiskConfiguration). Immutable;
 * documents written before the pool had them read as none.
 *
 * @param logConfigurations   one per event source, in the order they were given
 * @param riskConfigurations  by app client id, {@link #ALL_CLIENTS} for the pool-wide one
 */
public record PoolSecurity(List<LogConfigurationType> logConfigurations, SortedMap<String, RiskConfigurationType> riskConfigurations) {

    /** The key of the pool-wide risk configuration, as DescribeRiskConfiguration names it. */
    public static final String ALL_CLIENTS = "ALL";
    public static final PoolSecurity NONE = new PoolSecurity(null, null);

    public PoolSecurity {
        logConfigurations = logConfigurations == null ? List.of() : List.copyOf(logConfigurations);
        riskConfigurations = riskConfigurations == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(riskConfigurations));
    }

    PoolSecurity withLogConfigurations(List<LogConfigurationType> configurations) {
        return new PoolSecurity(configurations, riskConfigurations);
    }

    PoolSecurity withRiskConfiguration(String clientId, RiskConfigurationType configuration) {
        TreeMap<String, RiskConfigurationType> risk = new TreeMap<>(riskConfigurations);
        if (configuration == null) risk.remove(clientId);
        else risk.put(clientId, configuration);
        return new PoolSecurity(logConfigurations, risk);
    }

    /** The log configuration of one event source, if the pool logs it. */
    public java.util.Optional<LogConfigurationType> logConfiguration(String eventSource) {
        return logConfigurations.stream().filter(c -> c.eventSource().equals(eventSource)).findFirst();
    }
}

package dev.cairn.core.activity;

import dev.cairn.api.model.GetLogDeliveryConfigurationRequest;
import dev.cairn.api.model.GetLogDeliveryConfigurationResponse;
import dev.cairn.api.model.LogDeliveryConfigurationType;
import dev.cairn.api.model.SetLogDeliveryConfigurationRequest;
import dev.cairn.api.model.SetLogDeliveryConfigurationResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;

import java.util.List;
import java.util.function.Supplier;

/** SetLogDeliveryConfiguration and GetLogDeliveryConfiguration: the pool aggregate decides, this translates. */
public final class LogDeliveryService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;

    public LogDeliveryService(AxonRuntime axon, PoolDirectory pools) {
        this.axon = axon;
        this.pools = pools;
    }

    public Supplier<SetLogDeliveryConfigurationResponse> setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.SetLogDeliveryConfiguration(r.userPoolId(), r.logConfigurations() == null ? List.of() : r.logConfigurations()));
        return () -> SetLogDeliveryConfigurationResponse.builder().logDeliveryConfiguration(view(r.userPoolId())).build();
    }

    public GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest r) {
        return GetLogDeliveryConfigurationResponse.builder().logDeliveryConfiguration(view(r.userPoolId())).build();
    }

    private LogDeliveryConfigurationType view(String userPoolId) {
        return LogDeliveryConfigurationType.builder().userPoolId(userPoolId)
                .logConfigurations(pools.require(userPoolId).security().logConfigurations()).build();
    }
}

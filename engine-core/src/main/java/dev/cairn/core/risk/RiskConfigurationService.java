package dev.cairn.core.risk;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserPoolAddOnNotEnabledException;
import dev.cairn.api.model.DescribeRiskConfigurationRequest;
import dev.cairn.api.model.DescribeRiskConfigurationResponse;
import dev.cairn.api.model.RiskConfigurationType;
import dev.cairn.api.model.SetRiskConfigurationRequest;
import dev.cairn.api.model.SetRiskConfigurationResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.LogDelivery;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolSecurity;
import dev.cairn.core.userpool.RiskSettings;
import dev.cairn.core.userpool.UserPoolState;

import java.util.function.Supplier;

/** SetRiskConfiguration and DescribeRiskConfiguration: the pool aggregate decides, this translates. */
public final class RiskConfigurationService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;

    public RiskConfigurationService(AxonRuntime axon, PoolDirectory pools) {
        this.axon = axon;
        this.pools = pools;
    }

    public Supplier<SetRiskConfigurationResponse> setRiskConfiguration(SetRiskConfigurationRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.SetRiskConfiguration(r.userPoolId(), r));
        return () -> SetRiskConfigurationResponse.builder().riskConfiguration(view(pools.require(r.userPoolId()), r.clientId())).build();
    }

    public DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        if (!LogDelivery.advancedSecurity(pool)) {
            throw new UserPoolAddOnNotEnabledException("Threat protection is not active for this user pool.");
        }
        if (r.clientId() != null && !pool.clients().containsKey(r.clientId())) {
            throw new ResourceNotFoundException("User pool client " + r.clientId() + " does not exist.");
        }
        return DescribeRiskConfigurationResponse.builder().riskConfiguration(view(pool, r.clientId())).build();
    }

    /** The client's own settings, else the pool's (ClientId ALL), else only the ids: as Cognito describes them. */
    private static RiskConfigurationType view(UserPoolState pool, String clientId) {
        RiskConfigurationType effective = RiskSettings.effective(pool, clientId);
        if (effective != null) return effective;
        return RiskConfigurationType.builder().userPoolId(pool.id()).clientId(clientId == null ? PoolSecurity.ALL_CLIENTS : clientId).build();
    }
}

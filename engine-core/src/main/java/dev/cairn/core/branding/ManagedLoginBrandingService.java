package dev.cairn.core.branding;

import dev.cairn.api.model.*;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.ManagedLoginBrandings;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.validation.ModelValidator;

import java.util.List;
import java.util.function.Supplier;

/**
 * Managed login branding styles of app clients: the pool aggregate decides, this translates.
 *
 * <p>ReturnMergedResources: Cognito then fills in every option the style leaves at its defaults. Those
 * defaults are Cognito's own large settings document and image set, which Cairn does not have, so
 * Cairn answers the stored style either way rather than invent them.
 */
public final class ManagedLoginBrandingService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final Ids ids;

    public ManagedLoginBrandingService(AxonRuntime axon, PoolDirectory pools, Ids ids) {
        this.axon = axon;
        this.pools = pools;
        this.ids = ids;
    }

    public Supplier<CreateManagedLoginBrandingResponse> create(CreateManagedLoginBrandingRequest r) {
        pools.require(r.userPoolId());
        String id = ids.uuid();
        axon.send(new Commands.CreateManagedLoginBranding(r.userPoolId(), id, r.clientId(), r.useCognitoProvidedValues(), r.settings(), r.assets()));
        return () -> CreateManagedLoginBrandingResponse.builder()
                .managedLoginBranding(ManagedLoginBrandings.require(pools.require(r.userPoolId()), id).style()).build();
    }

    public Supplier<UpdateManagedLoginBrandingResponse> update(UpdateManagedLoginBrandingRequest r) {
        // The model leaves both optional (so its validator lets them through), but nothing can be updated without them.
        if (r.userPoolId() == null || r.managedLoginBrandingId() == null) {
            throw ModelValidator.nullMembers(List.of(r.userPoolId() == null ? "userPoolId" : "managedLoginBrandingId"));
        }
        pools.require(r.userPoolId());
        axon.send(new Commands.UpdateManagedLoginBranding(r.userPoolId(), r.managedLoginBrandingId(), r.useCognitoProvidedValues(),
                r.settings(), r.assets()));
        return () -> UpdateManagedLoginBrandingResponse.builder()
                .managedLoginBranding(ManagedLoginBrandings.require(pools.require(r.userPoolId()), r.managedLoginBrandingId()).style()).build();
    }

    public void delete(DeleteManagedLoginBrandingRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.DeleteManagedLoginBranding(r.userPoolId(), r.managedLoginBrandingId()));
    }

    public DescribeManagedLoginBrandingResponse describe(DescribeManagedLoginBrandingRequest r) {
        return DescribeManagedLoginBrandingResponse.builder()
                .managedLoginBranding(ManagedLoginBrandings.require(pools.require(r.userPoolId()), r.managedLoginBrandingId()).style()).build();
    }

    public DescribeManagedLoginBrandingByClientResponse describeByClient(DescribeManagedLoginBrandingByClientRequest r) {
        return DescribeManagedLoginBrandingByClientResponse.builder()
                .managedLoginBranding(ManagedLoginBrandings.byClient(pools.require(r.userPoolId()), r.clientId()).style()).build();
    }
}

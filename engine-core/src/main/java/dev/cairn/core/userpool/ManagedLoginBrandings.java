package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ManagedLoginBrandingExistsException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.ManagedLoginBrandingCreated;
import dev.cairn.api.event.ManagedLoginBrandingDefinition;
import dev.cairn.api.event.ManagedLoginBrandingDeleted;
import dev.cairn.api.event.ManagedLoginBrandingUpdated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.model.AssetType;
import dev.cairn.api.model.ManagedLoginBrandingType;
import dev.cairn.core.json.Json;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Managed login branding styles (CreateManagedLoginBranding and the rest), which live in the user
 * pool aggregate beside the app client each belongs to: one style per client, Cognito's defaults
 * ({@code UseCognitoProvidedValues}) or the caller's Settings document and image assets, at most one
 * asset per Category and ColorMode. Cairn stores and serves the style through the API; its hosted
 * pages are the classic UI, styled by SetUICustomization. Refusal wording is Cairn's own: Cognito's
 * messages for these refusals are not documented.
 */
public final class ManagedLoginBrandings {

    private ManagedLoginBrandings() {
    }

    /** The style of this id. */
    public static PoolOAuth.Branding require(UserPoolState pool, String managedLoginBrandingId) {
        PoolOAuth.Branding b = pool.oauth().brandings().get(managedLoginBrandingId);
        if (b == null) throw new ResourceNotFoundException("Managed login branding " + managedLoginBrandingId + " does not exist.");
        return b;
    }

    /** The style of an app client of the pool. */
    public static PoolOAuth.Branding byClient(UserPoolState pool, String clientId) {
        requireClient(pool, clientId);
        return pool.oauth().brandings().values().stream().filter(b -> b.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("App client " + clientId + " has no managed login branding."));
    }

    static ManagedLoginBrandingCreated create(UserPoolState pool, Commands.CreateManagedLoginBranding c) {
        requireClient(pool, c.clientId());
        pool.oauth().brandings().values().stream().filter(b -> b.clientId().equals(c.clientId())).findFirst().ifPresent(b -> {
            throw new ManagedLoginBrandingExistsException("App client " + c.clientId() + " already has managed login branding "
                    + b.style().managedLoginBrandingId() + ".");
        });
        if (pool.oauth().brandings().containsKey(c.managedLoginBrandingId())) throw new IllegalStateException("branding id collision");
        boolean defaults = Boolean.TRUE.equals(c.useCognitoProvidedValues());
        check(defaults, c.settings(), c.assets());
        return new ManagedLoginBrandingCreated(pool.id(), new ManagedLoginBrandingDefinition(c.managedLoginBrandingId(), c.clientId(), defaults,
                c.settings() == null ? null : Json.write(c.settings()), assets(c.assets())));
    }

    /**
     * An update: members left out keep the style's values; UseCognitoProvidedValues true resets it to
     * Cognito's defaults (no settings, no assets); new Settings or Assets make it the caller's own again.
     */
    static ManagedLoginBrandingUpdated update(UserPoolState pool, Commands.UpdateManagedLoginBranding c) {
        PoolOAuth.Branding current = require(pool, c.managedLoginBrandingId());
        boolean defaults = Boolean.TRUE.equals(c.useCognitoProvidedValues());
        check(defaults, c.settings(), c.assets());
        ManagedLoginBrandingDefinition now = definition(current);
        ManagedLoginBrandingDefinition next = defaults
                ? new ManagedLoginBrandingDefinition(now.managedLoginBrandingId(), now.clientId(), true, null, List.of())
                : new ManagedLoginBrandingDefinition(now.managedLoginBrandingId(), now.clientId(),
                        c.useCognitoProvidedValues() == null && c.settings() == null && c.assets() == null && now.useCognitoProvidedValues(),
                        c.settings() != null ? Json.write(c.settings()) : now.settingsJson(),
                        c.assets() != null ? assets(c.assets()) : now.assets());
        return new ManagedLoginBrandingUpdated(pool.id(), next);
    }

    static ManagedLoginBrandingDeleted delete(UserPoolState pool, String managedLoginBrandingId) {
        require(pool, managedLoginBrandingId);
        return new ManagedLoginBrandingDeleted(pool.id(), managedLoginBrandingId);
    }

    private static void requireClient(UserPoolState pool, String clientId) {
        if (!pool.clients().containsKey(clientId)) throw new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
    }

    /** Defaults exclude a style of one's own; Settings is a JSON object; one asset per Category and ColorMode. */
    private static void check(boolean defaults, Object settings, List<AssetType> assets) {
        if (defaults && (settings != null || (assets != null && !assets.isEmpty()))) {
            throw new InvalidParameterException("Settings and Assets must be omitted when UseCognitoProvidedValues is true.");
        }
        if (settings != null && !(settings instanceof Map<?, ?>)) throw new InvalidParameterException("Settings must be a JSON object.");
        if (assets == null) return;
        Set<String> seen = new HashSet<>();
        for (AssetType a : assets) {
            if (!seen.add(a.category() + " " + a.colorMode())) {
                throw new InvalidParameterException("Assets may hold one asset for each Category and ColorMode; " + a.category() + " "
                        + a.colorMode() + " appears more than once.");
            }
        }
    }

    private static List<ManagedLoginBrandingDefinition.Asset> assets(List<AssetType> assets) {
        if (assets == null) return List.of();
        return assets.stream().map(a -> new ManagedLoginBrandingDefinition.Asset(a.category(), a.colorMode(), a.extension(),
                a.bytes() == null ? null : Base64.getEncoder().encodeToString(a.bytes()), a.resourceId())).toList();
    }

    private static ManagedLoginBrandingDefinition definition(PoolOAuth.Branding b) {
        ManagedLoginBrandingType s = b.style();
        List<AssetType> assets = s.assets() == null ? List.of() : s.assets();
        return new ManagedLoginBrandingDefinition(s.managedLoginBrandingId(), b.clientId(), Boolean.TRUE.equals(s.useCognitoProvidedValues()),
                s.settings() == null ? null : Json.write(s.settings()), assets(assets));
    }

    /** The state after a branding event (or a client's deletion, which takes its style with it); any other event leaves it as it is. */
    static UserPoolState apply(UserPoolState s, Object event, Instant at) {
        TreeMap<String, PoolOAuth.Branding> all = new TreeMap<>(s.oauth().brandings());
        if (event instanceof ManagedLoginBrandingCreated e) {
            all.put(e.branding().managedLoginBrandingId(), wire(s.id(), e.branding(), at, at));
        } else if (event instanceof ManagedLoginBrandingUpdated e) {
            all.put(e.branding().managedLoginBrandingId(), wire(s.id(), e.branding(),
                    all.get(e.branding().managedLoginBrandingId()).style().creationDate(), at));
        } else if (event instanceof ManagedLoginBrandingDeleted e) {
            all.remove(e.managedLoginBrandingId());
        } else if (event instanceof UserPoolClientDeleted e) {
            if (!all.values().removeIf(b -> b.clientId().equals(e.clientId()))) return s;
        } else {
            return s;
        }
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth().withBrandings(all), s.security(), s.imports());
    }

    private static PoolOAuth.Branding wire(String poolId, ManagedLoginBrandingDefinition d, Instant created, Instant modified) {
        List<AssetType> assets = d.assets().stream().map(a -> AssetType.builder().category(a.category()).colorMode(a.colorMode())
                .extension(a.extension()).bytes(a.bytesBase64() == null ? null : Base64.getDecoder().decode(a.bytesBase64()))
                .resourceId(a.resourceId()).build()).toList();
        return new PoolOAuth.Branding(d.clientId(), ManagedLoginBrandingType.builder().managedLoginBrandingId(d.managedLoginBrandingId())
                .userPoolId(poolId).useCognitoProvidedValues(d.useCognitoProvidedValues())
                .settings(d.settingsJson() == null ? null : Json.read(d.settingsJson(), Object.class))
                .assets(assets).creationDate(created).lastModifiedDate(modified).build());
    }
}

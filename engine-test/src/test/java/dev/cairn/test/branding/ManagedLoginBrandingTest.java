package dev.cairn.test.branding;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ManagedLoginBrandingExistsException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.ManagedLoginBrandingCreated;
import dev.cairn.api.event.ManagedLoginBrandingDeleted;
import dev.cairn.api.event.ManagedLoginBrandingUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Given-when-then: managed login branding styles are decided in the user pool aggregate, one per app client. */
class ManagedLoginBrandingTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final Map<String, Object> SETTINGS = Map.of("components", Map.of("primaryButton", Map.of("lightMode",
            Map.of("defaults", Map.of("backgroundColor", "0972d3ff")))));
    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web"))).userPoolClient().clientId();

    private static AssetType asset(String category, String colorMode) {
        return AssetType.builder().category(category).colorMode(colorMode).extension("PNG").bytes(PNG).build();
    }

    private CreateManagedLoginBrandingRequest.Builder create() {
        return CreateManagedLoginBrandingRequest.builder().userPoolId(pool).clientId(client);
    }

    private String created(CreateManagedLoginBrandingRequest r) {
        return fixture.given(api -> api.createManagedLoginBranding(r)).managedLoginBranding().managedLoginBrandingId();
    }

    private DescribeManagedLoginBrandingRequest describe(String id) {
        return DescribeManagedLoginBrandingRequest.builder().userPoolId(pool).managedLoginBrandingId(id).build();
    }

    private DescribeManagedLoginBrandingByClientRequest byClient(String clientId) {
        return DescribeManagedLoginBrandingByClientRequest.builder().userPoolId(pool).clientId(clientId).build();
    }

    @Test
    void aClientGetsAStyleOfSettingsAndAssets() {
        ManagedLoginBrandingType style = fixture.when(api -> api.createManagedLoginBranding(create().settings(SETTINGS)
                        .assets(asset("PAGE_HEADER_LOGO", "LIGHT"), asset("PAGE_HEADER_LOGO", "DARK")).build()))
                .expectEvent(ManagedLoginBrandingCreated.class, e -> {
                    assertThat(e.branding().clientId()).isEqualTo(client);
                    assertThat(e.branding().assets()).hasSize(2);
                }).result().managedLoginBranding();
        assertThat(style.managedLoginBrandingId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(style.userPoolId()).isEqualTo(pool);
        assertThat(style.useCognitoProvidedValues()).isFalse();
        assertThat(style.settings()).isEqualTo(SETTINGS);
        assertThat(style.assets()).extracting(AssetType::colorMode).containsExactly("LIGHT", "DARK");
        assertThat(style.assets().get(0).bytes()).isEqualTo(PNG);
        assertThat(style.creationDate()).isEqualTo(CairnFixture.START).isEqualTo(style.lastModifiedDate());

        fixture.when(api -> api.describeManagedLoginBranding(describe(style.managedLoginBrandingId())))
                .expectResult(r -> assertThat(r.managedLoginBranding()).usingRecursiveComparison().isEqualTo(style));
        fixture.when(api -> api.describeManagedLoginBrandingByClient(byClient(client)))
                .expectResult(r -> assertThat(r.managedLoginBranding()).usingRecursiveComparison().isEqualTo(style));
        // Cairn has no copy of Cognito's default style to merge in: the stored style is the answer either way.
        fixture.when(api -> api.describeManagedLoginBrandingByClient(byClient(client).toBuilder().returnMergedResources(true).build()))
                .expectResult(r -> assertThat(r.managedLoginBranding()).usingRecursiveComparison().isEqualTo(style));
    }

    @Test
    void oneStylePerClient() {
        String id = created(create().useCognitoProvidedValues(true).build());
        fixture.when(api -> api.createManagedLoginBranding(create().settings(SETTINGS).build()))
                .expectError(ManagedLoginBrandingExistsException.class, "App client " + client + " already has managed login branding " + id + ".");
    }

    @Test
    void theClientMustBeThePools() {
        fixture.when(api -> api.createManagedLoginBranding(create().clientId("nosuchclient").useCognitoProvidedValues(true).build()))
                .expectError(ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
    }

    @Test
    void cognitosDefaultsExcludeSettingsAndAssets() {
        fixture.when(api -> api.createManagedLoginBranding(create().useCognitoProvidedValues(true).settings(SETTINGS).build()))
                .expectError(InvalidParameterException.class, "Settings and Assets must be omitted when UseCognitoProvidedValues is true.");
        fixture.when(api -> api.createManagedLoginBranding(create().useCognitoProvidedValues(true).assets(asset("FAVICON_ICO", "LIGHT")).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createManagedLoginBranding(create().useCognitoProvidedValues(true).build()))
                .expectResult(r -> {
                    assertThat(r.managedLoginBranding().useCognitoProvidedValues()).isTrue();
                    assertThat(r.managedLoginBranding().settings()).isNull();
                    assertThat(r.managedLoginBranding().assets()).isEmpty();
                });
    }

    @Test
    void oneAssetPerCategoryAndColorMode() {
        fixture.when(api -> api.createManagedLoginBranding(create().assets(asset("FORM_LOGO", "DARK"), asset("FORM_LOGO", "DARK")).build()))
                .expectError(InvalidParameterException.class,
                        "Assets may hold one asset for each Category and ColorMode; FORM_LOGO DARK appears more than once.");
    }

    @Test
    void theModelBoundsAssetsAndTheirValues() {
        fixture.when(api -> api.createManagedLoginBranding(create().assets(asset("FORM_LOGO", "DARK").toBuilder()
                        .bytes(new byte[1_000_001]).build()).build()))
                .expectErrorContaining(InvalidParameterException.class, "Member must have length less than or equal to 1000000");
        fixture.when(api -> api.createManagedLoginBranding(create().assets(asset("NOT_A_CATEGORY", "DARK")).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.describeManagedLoginBranding(describe("not-a-uuid"))).expectError(InvalidParameterException.class);
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndDefaultsClearTheStyle() {
        String id = created(create().settings(SETTINGS).assets(asset("PAGE_BACKGROUND", "LIGHT")).build());
        fixture.clock().advance(Duration.ofMinutes(5));
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool).managedLoginBrandingId(id)
                        .assets(asset("PAGE_BACKGROUND", "DARK")).build()))
                .expectEvents(ManagedLoginBrandingUpdated.class)
                .expectResult(r -> {
                    assertThat(r.managedLoginBranding().settings()).isEqualTo(SETTINGS);
                    assertThat(r.managedLoginBranding().assets()).extracting(AssetType::colorMode).containsExactly("DARK");
                    assertThat(r.managedLoginBranding().creationDate()).isEqualTo(CairnFixture.START);
                    assertThat(r.managedLoginBranding().lastModifiedDate()).isEqualTo(CairnFixture.START.plus(Duration.ofMinutes(5)));
                });
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool).managedLoginBrandingId(id)
                        .useCognitoProvidedValues(true).settings(SETTINGS).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool).managedLoginBrandingId(id)
                        .useCognitoProvidedValues(true).build()))
                .expectResult(r -> {
                    assertThat(r.managedLoginBranding().useCognitoProvidedValues()).isTrue();
                    assertThat(r.managedLoginBranding().settings()).isNull();
                    assertThat(r.managedLoginBranding().assets()).isEmpty();
                });
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool)
                        .managedLoginBrandingId("00000000-0000-4000-8000-000000000000").useCognitoProvidedValues(true).build()))
                .expectError(ResourceNotFoundException.class, "Managed login branding 00000000-0000-4000-8000-000000000000 does not exist.");
        // The model makes neither id required; an update without them is refused, not a 500 (found by FuzzEveryOperationTest).
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool).build()))
                .expectError(InvalidParameterException.class,
                        "1 validation error detected: Value null at 'managedLoginBrandingId' failed to satisfy constraint: Member must not be null");
        fixture.when(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().build()))
                .expectError(InvalidParameterException.class,
                        "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void aDeletedStyleIsGoneAndTheClientMayHaveANewOne() {
        String id = created(create().useCognitoProvidedValues(true).build());
        fixture.whenRun(api -> api.deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest.builder().userPoolId(pool)
                .managedLoginBrandingId(id).build())).expectEvents(ManagedLoginBrandingDeleted.class);
        fixture.when(api -> api.describeManagedLoginBranding(describe(id)))
                .expectError(ResourceNotFoundException.class, "Managed login branding " + id + " does not exist.");
        fixture.when(api -> api.describeManagedLoginBrandingByClient(byClient(client)))
                .expectError(ResourceNotFoundException.class, "App client " + client + " has no managed login branding.");
        fixture.whenRun(api -> api.deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest.builder().userPoolId(pool)
                .managedLoginBrandingId(id).build())).expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.createManagedLoginBranding(create().settings(SETTINGS).build())).expectEvents(ManagedLoginBrandingCreated.class);
    }

    @Test
    void deletingTheClientOrThePoolTakesItsStyle() {
        String id = created(create().settings(SETTINGS).build());
        fixture.givenThat(api -> api.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(pool).clientId(client).build()));
        fixture.when(api -> api.describeManagedLoginBranding(describe(id))).expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.describeManagedLoginBrandingByClient(byClient(client)))
                .expectError(ResourceNotFoundException.class, "User pool client " + client + " does not exist.");

        String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "mobile"))).userPoolClient().clientId();
        String second = created(create().clientId(other).useCognitoProvidedValues(true).build());
        fixture.givenThat(api -> api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(pool).build()));
        fixture.when(api -> api.describeManagedLoginBranding(describe(second))).expectError(ResourceNotFoundException.class);
    }

    @Test
    void aRebuiltProjectionAnswersTheSame() {
        String id = created(create().settings(SETTINGS).assets(asset("PAGE_HEADER_LOGO", "LIGHT")).build());
        fixture.clock().advance(Duration.ofMinutes(1));
        fixture.givenThat(api -> api.updateManagedLoginBranding(UpdateManagedLoginBrandingRequest.builder().userPoolId(pool)
                .managedLoginBrandingId(id).assets(asset("PAGE_HEADER_LOGO", "DARK"), asset("FAVICON_ICO", "DYNAMIC")).build()));
        String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "mobile"))).userPoolClient().clientId();
        String gone = created(create().clientId(other).useCognitoProvidedValues(true).build());
        fixture.givenThat(api -> api.deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest.builder().userPoolId(pool)
                .managedLoginBrandingId(gone).build()));

        ManagedLoginBrandingType before = fixture.engine().describeManagedLoginBranding(describe(id)).managedLoginBranding();
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().describeManagedLoginBranding(describe(id)).managedLoginBranding()).usingRecursiveComparison().isEqualTo(before);
        assertThat(fixture.engine().describeManagedLoginBrandingByClient(byClient(client)).managedLoginBranding())
                .usingRecursiveComparison().isEqualTo(before);
        fixture.when(api -> api.describeManagedLoginBrandingByClient(byClient(other))).expectError(ResourceNotFoundException.class);
    }

    @Test
    void aStyleStoredInADatabaseReadsBackAndRebuildsTheSame() {
        try (CairnFixture h2 = CairnFixture.on(dev.cairn.storage.jdbc.JdbcStorage.h2InMemory("branding-" + System.nanoTime()))) {
            String pool = h2.given(api -> api.createUserPool(Requests.createUserPool("db"))).userPool().id();
            String client = h2.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web"))).userPoolClient().clientId();
            ManagedLoginBrandingType style = h2.given(api -> api.createManagedLoginBranding(CreateManagedLoginBrandingRequest.builder()
                    .userPoolId(pool).clientId(client).settings(SETTINGS).assets(asset("FORM_LOGO", "LIGHT")).build())).managedLoginBranding();
            DescribeManagedLoginBrandingByClientRequest read = DescribeManagedLoginBrandingByClientRequest.builder().userPoolId(pool).clientId(client).build();
            assertThat(h2.engine().describeManagedLoginBrandingByClient(read).managedLoginBranding()).usingRecursiveComparison().isEqualTo(style);
            h2.engine().rebuildProjections();
            assertThat(h2.engine().describeManagedLoginBrandingByClient(read).managedLoginBranding()).usingRecursiveComparison().isEqualTo(style);
        }
    }
}

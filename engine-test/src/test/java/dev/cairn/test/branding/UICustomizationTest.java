package dev.cairn.test.branding;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UICustomizationSet;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Given-when-then: SetUICustomization is decided in the user pool aggregate, GetUICustomization reads what it set. */
class UICustomizationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web"))).userPoolClient().clientId();

    private void withDomain() {
        fixture.givenThat(api -> api.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain("shop-look").build()));
    }

    private SetUICustomizationRequest css(String clientId, String css) {
        return SetUICustomizationRequest.builder().userPoolId(pool).clientId(clientId).css(css).build();
    }

    @Test
    void aPoolWithoutADomainHasNoHostedPagesToCustomize() {
        fixture.when(api -> api.setUICustomization(css(null, ".label-customizable{color:red}")))
                .expectError(InvalidParameterException.class, "There has to be an existing domain associated with this user pool");
    }

    @Test
    void thePoolsLookAppliesToEveryClientUntilOneHasItsOwn() {
        withDomain();
        fixture.when(api -> api.setUICustomization(css(null, ".label-customizable{color:red}").toBuilder().imageFile(PNG).build()))
                .expectEvent(UICustomizationSet.class, e -> {
                    assertThat(e.clientId()).isEqualTo("ALL");
                    assertThat(e.imageType()).isEqualTo("png");
                });
        fixture.when(api -> api.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).clientId(client).build()))
                .expectResult(r -> {
                    assertThat(r.uiCustomization().clientId()).isEqualTo("ALL");
                    assertThat(r.uiCustomization().imageUrl()).startsWith("data:image/png;base64,");
                });
        fixture.givenThat(api -> api.setUICustomization(css(client, ".submitButton-customizable:hover{color:blue}")));
        fixture.when(api -> api.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).clientId(client).build()))
                .expectResult(r -> {
                    assertThat(r.uiCustomization().clientId()).isEqualTo(client);
                    assertThat(r.uiCustomization().css()).isEqualTo(".submitButton-customizable:hover{color:blue}");
                    assertThat(r.uiCustomization().imageUrl()).isNull();
                });
        // Neither CSS nor image removes the client's own: the pool's applies again.
        fixture.givenThat(api -> api.setUICustomization(SetUICustomizationRequest.builder().userPoolId(pool).clientId(client).build()));
        fixture.when(api -> api.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).clientId(client).build()))
                .expectResult(r -> assertThat(r.uiCustomization().clientId()).isEqualTo("ALL"));
    }

    @Test
    void cssMayNameOnlyTheHostedPagesClassesAndFetchNothing() {
        withDomain();
        for (String bad : new String[]{"body{color:red}", ".label-customizable{background:url(https://x.example/t.png)}",
                "@import 'x.css';", ".label-customizable{color:red}</style><script>", ".label-customizable{color:red", "div .label-customizable{}"}) {
            fixture.when(api -> api.setUICustomization(css(null, bad))).expectError(InvalidParameterException.class);
        }
        fixture.when(api -> api.setUICustomization(css(null, "/* brand */ .banner-customizable, .logo-customizable { max-height: 40px }")))
                .expectEvents(UICustomizationSet.class);
    }

    @Test
    void theLogoMustBeASmallPngOrJpeg() {
        withDomain();
        fixture.when(api -> api.setUICustomization(SetUICustomizationRequest.builder().userPoolId(pool).imageFile("GIF89a....".getBytes()).build()))
                .expectError(InvalidParameterException.class, "The image file must be a PNG or JPEG image.");
        byte[] big = new byte[100 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        fixture.when(api -> api.setUICustomization(SetUICustomizationRequest.builder().userPoolId(pool).imageFile(big).build()))
                .expectError(InvalidParameterException.class, "The image file must be at most 100 KB.");
    }

    @Test
    void anUnknownClientIsNotFound() {
        withDomain();
        fixture.when(api -> api.setUICustomization(css("nosuchclient", ".label-customizable{color:red}")))
                .expectError(ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
        fixture.when(api -> api.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).clientId("nosuchclient").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void aRebuiltProjectionAnswersTheSame() {
        withDomain();
        fixture.givenThat(api -> api.setUICustomization(css(null, ".label-customizable{color:red}").toBuilder().imageFile(PNG).build()));
        fixture.givenThat(api -> api.setUICustomization(css(client, ".submitButton-customizable{color:blue}")));
        GetUICustomizationRequest forClient = GetUICustomizationRequest.builder().userPoolId(pool).clientId(client).build();
        GetUICustomizationRequest forPool = GetUICustomizationRequest.builder().userPoolId(pool).build();
        UICustomizationType client = fixture.engine().getUICustomization(forClient).uiCustomization();
        UICustomizationType all = fixture.engine().getUICustomization(forPool).uiCustomization();
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().getUICustomization(forClient).uiCustomization()).isEqualTo(client);
        assertThat(fixture.engine().getUICustomization(forPool).uiCustomization()).isEqualTo(all);
    }
}

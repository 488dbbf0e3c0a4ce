package dev.cairn.test.terms;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.TermsExistsException;
import dev.cairn.api.event.TermsCreated;
import dev.cairn.api.event.TermsDeleted;
import dev.cairn.api.event.TermsUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web"))).userPoolClient().clientId();

    private CreateTermsRequest terms(String name, String url) {
        return CreateTermsRequest.builder().userPoolId(pool).clientId(client).termsName(name).termsSource("LINK").enforcement("NONE")
                .links(Map.of("cognito:default", url)).build();
    }

    @Test
    void aClientHasOneDocumentOfEachName() {
        fixture.when(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms")))
                .expectEvents(TermsCreated.class)
                .expectResult(r -> {
                    assertThat(r.terms().termsId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
                    assertThat(r.terms().clientId()).isEqualTo(client);
                    assertThat(r.terms().links()).containsEntry("cognito:default", "https://example.com/terms");
                    assertThat(r.terms().creationDate()).isEqualTo(CairnFixture.START);
                });
        fixture.when(api -> api.createTerms(terms("terms-of-use", "https://example.com/other")))
                .expectErrorContaining(TermsExistsException.class, "already has terms-of-use terms");
        fixture.when(api -> api.createTerms(terms("privacy-policy", "https://example.com/privacy"))).expectEvents(TermsCreated.class);
    }

    @Test
    void theModelAndTheRulesRefuseBadTerms() {
        fixture.when(api -> api.createTerms(terms("cookie-policy", "https://example.com/c"))).expectError(InvalidParameterException.class);
        fixture.when(api -> api.createTerms(terms("terms-of-use", "https://example.com/t").toBuilder().links(Map.of("cognito:klingon", "https://x.example")).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createTerms(terms("terms-of-use", "ftp://example.com/t")))
                .expectError(InvalidParameterException.class, "The link for cognito:default must be an https URL.");
        fixture.when(api -> api.createTerms(terms("terms-of-use", "https://example.com/t").toBuilder().clientId("nosuchclient").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void updateChangesWhatItNamesAndMayNotTakeAnotherDocumentsName() {
        String tos = fixture.given(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms"))).terms().termsId();
        fixture.givenThat(api -> api.createTerms(terms("privacy-policy", "https://example.com/privacy")));
        fixture.when(api -> api.updateTerms(UpdateTermsRequest.builder().userPoolId(pool).termsId(tos)
                        .links(Map.of("cognito:default", "https://example.com/terms-v2", "cognito:spanish", "https://example.com/es")).build()))
                .expectEvents(TermsUpdated.class)
                .expectResult(r -> {
                    assertThat(r.terms().termsName()).isEqualTo("terms-of-use");
                    assertThat(r.terms().links()).hasSize(2).containsEntry("cognito:default", "https://example.com/terms-v2");
                });
        fixture.when(api -> api.updateTerms(UpdateTermsRequest.builder().userPoolId(pool).termsId(tos).termsName("privacy-policy").build()))
                .expectError(TermsExistsException.class);
    }

    @Test
    void deletedTermsAreGoneAndDeletingAClientTakesItsTerms() {
        String tos = fixture.given(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms"))).terms().termsId();
        fixture.whenRun(api -> api.deleteTerms(DeleteTermsRequest.builder().userPoolId(pool).termsId(tos).build())).expectEvents(TermsDeleted.class);
        fixture.when(api -> api.describeTerms(DescribeTermsRequest.builder().userPoolId(pool).termsId(tos).build()))
                .expectError(ResourceNotFoundException.class);
        fixture.givenThat(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms")));
        fixture.givenThat(api -> api.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(pool).clientId(client).build()));
        assertThat(fixture.engine().listTerms(ListTermsRequest.builder().userPoolId(pool).build()).terms()).isEmpty();
    }

    @Test
    void theSignUpPageShowsTheTermsOnceBothDocumentsExist() {
        fixture.givenThat(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms")));
        assertThat(fixture.engine().termsShownOnSignUp(pool, client)).isEmpty();
        fixture.givenThat(api -> api.createTerms(terms("privacy-policy", "https://example.com/privacy")));
        assertThat(fixture.engine().termsShownOnSignUp(pool, client))
                .containsEntry("terms-of-use", "https://example.com/terms").containsEntry("privacy-policy", "https://example.com/privacy");
    }

    @Test
    void listingPagesAndARebuildReproducesTheTerms() {
        String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "other"))).userPoolClient().clientId();
        fixture.givenThat(api -> api.createTerms(terms("terms-of-use", "https://example.com/terms")));
        fixture.givenThat(api -> api.createTerms(terms("privacy-policy", "https://example.com/privacy")));
        fixture.givenThat(api -> api.createTerms(terms("terms-of-use", "https://example.com/t2").toBuilder().clientId(other).build()));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var page = fixture.engine().listTerms(ListTermsRequest.builder().userPoolId(pool).maxResults(2).nextToken(token).build());
            page.terms().forEach(t -> seen.add(t.termsId()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
        var before = fixture.engine().listTerms(ListTermsRequest.builder().userPoolId(pool).build());
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().listTerms(ListTermsRequest.builder().userPoolId(pool).build())).isEqualTo(before);
    }
}

package dev.cairn.test.behaviour;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListUsersTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    {
        user("alice", "email", "alice@example.com", "given_name", "Alice", "family_name", "Reyes", "name", "Alice Reyes",
                "phone_number", "+15555550101", "preferred_username", "ally");
        user("albert", "email", "albert@example.org", "given_name", "Albert", "family_name", "Reddy");
        user("bob", "email", "bob@example.com", "given_name", "Bob");
    }

    private void user(String name, String... attributes) {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, name, attributes)));
    }

    private List<String> usernames(String filter) {
        return fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(pool).filter(filter).build())
                .users().stream().map(UserType::username).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "username = \"alice\"            | alice",
            "username ^= \"al\"              | albert,alice",
            "email = \"bob@example.com\"     | bob",
            "email ^= \"al\"                 | albert,alice",
            "given_name = \"Albert\"         | albert",
            "family_name ^= \"Re\"           | albert,alice",
            "name = \"Alice Reyes\"          | alice",
            "phone_number = \"+15555550101\" | alice",
            "preferred_username = \"ally\"   | alice",
            "cognito:user_status = \"force_change_password\" | albert,alice,bob",
            "status = \"Enabled\"            | albert,alice,bob",
            "status = \"Disabled\"           | ''",
            "email = \"nobody@example.com\"  | ''",
    })
    void filtersMatchLikeCognitos(String filter, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(usernames(filter)).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void usernameIsCaseSensitiveInFilters() {
        assertThat(usernames("username = \"ALICE\"")).isEmpty();
    }

    @Test
    void subIsFilterable() {
        String sub = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("bob").build())
                .userAttributes().get(0).value();
        assertThat(usernames("sub = \"" + sub + "\"")).containsExactly("bob");
    }

    @Test
    void anEmptyFilterListsEveryoneInUsernameOrder() {
        assertThat(usernames(null)).containsExactly("albert", "alice", "bob");
        assertThat(usernames("")).containsExactly("albert", "alice", "bob");
    }

    @Test
    void escapedQuotesInValuesAreUnderstood() {
        user("quote", "name", "The \"Q\"");
        assertThat(usernames("name = \"The \\\"Q\\\"\"")).containsExactly("quote");
    }

    @Test
    void customAttributesAndBadSyntaxAreRefused() {
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("custom:plan = \"x\"").build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email == bob").build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).limit(61).build()))
                .expectErrorContaining(InvalidParameterException.class, "Member must have value less than or equal to 60");
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).paginationToken("garbage").build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void attributesToGetNarrowsTheAttributes() {
        var users = fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(pool).attributesToGet("email").build()).users();
        assertThat(users).allSatisfy(u -> assertThat(u.attributes()).extracting(AttributeType::name).containsOnly("email"));
    }

    @Test
    void pagingVisitsEveryUserExactlyOnceWhileUsersAreAdded() {
        for (int i = 0; i < 20; i++) user(String.format("u%02d", i));
        List<String> seen = new ArrayList<>();
        String token = null;
        int added = 0;
        do {
            var page = fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(pool).limit(4).paginationToken(token).build());
            page.users().forEach(u -> seen.add(u.username()));
            token = page.paginationToken();
            user("new" + added++);
            user("a-new" + added);
        } while (token != null);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(List.of("alice", "albert", "bob"));
        for (int i = 0; i < 20; i++) assertThat(seen).contains(String.format("u%02d", i));
    }

    @Test
    void paginationTokensAreOpaqueAndCannotBeAlteredOrCarriedToAnotherEngine() {
        String token = fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(pool).limit(1).build()).paginationToken();
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(decoded).as("the position (a username) cannot be read").doesNotContain("albert").doesNotContain("users");
        char flipped = token.charAt(token.length() / 2) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, token.length() / 2) + flipped + token.substring(token.length() / 2 + 1);
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).paginationToken(tampered).build()))
                .expectError(InvalidParameterException.class, "Invalid pagination token.");
        fixture.when(api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).paginationToken("REFRESH_TOKEN_AUTH").build()))
                .expectError(InvalidParameterException.class, "Invalid pagination token."); // shorter than a sealed token (found by the fuzz test)
        try (var other = dev.cairn.core.CairnEngine.builder().build()) { // another engine, another data key
            String otherPool = other.createUserPool(Requests.createUserPool("shop")).userPool().id();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.listUsers(ListUsersRequest.builder().userPoolId(otherPool)
                    .paginationToken(token).build())).isInstanceOf(InvalidParameterException.class).hasMessage("Invalid pagination token.");
        }
    }
}

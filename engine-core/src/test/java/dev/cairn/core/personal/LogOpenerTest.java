package dev.cairn.core.personal;

import dev.cairn.api.event.PersonalData;
import dev.cairn.api.event.PersonalDataErased;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.PersonalDataKeyStore;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild's opener, which keeps the keys it read from page to page of the log. */
class LogOpenerTest {

    /** Keys in a map, counting the users whose keys were read at once. */
    private static final class CountingStore implements PersonalDataKeyStore {
        final Map<String, String> sealed = new java.util.HashMap<>();
        int usersRead;

        @Override
        public Optional<String> find(String userPoolId, String sub) {
            return Optional.ofNullable(sealed.get(userPoolId + "/" + sub));
        }

        @Override
        public Map<String, String> findAll(String userPoolId, Collection<String> subs) {
            usersRead += subs.size();
            return PersonalDataKeyStore.super.findAll(userPoolId, subs);
        }

        @Override
        public String insertIfAbsent(String userPoolId, String sub, String sealedKey) {
            return sealed.computeIfAbsent(userPoolId + "/" + sub, k -> sealedKey);
        }

        @Override
        public void erase(String userPoolId, String sub) {
            sealed.put(userPoolId + "/" + sub, ERASED);
        }
    }

    private final Random random = new Random(3);
    private final CountingStore store = new CountingStore();
    private final UserKeys keys = new UserKeys(store, new SecretBox(new byte[32], random), random, 100);
    private final PersonalDataSealer sealer = new PersonalDataSealer(keys, random);

    private static UserCreated created(String sub) {
        return new UserCreated("pool", sub, "name-" + sub, Map.of("sub", sub, "email", sub + "@example.com"), "CONFIRMED", null,
                List.of(new UniqueKey("username", "name-" + sub)));
    }

    private static UserAttributesUpdated updated(String sub) {
        return new UserAttributesUpdated("pool", sub, Map.of("given_name", "Given " + sub), List.of(), List.of());
    }

    @Test
    void opensEveryPageAsOpeningItAloneDoesAndReadsEachKeyOnce() {
        List<Object> page1 = List.of(sealer.seal(created("a")), sealer.seal(created("b")), new UserDisabled("pool", "a"));
        List<Object> page2 = List.of(sealer.seal(updated("a")), sealer.seal(updated("b")), sealer.seal(created("c")));
        PersonalDataSealer.LogOpener opener = sealer.openerForLog();
        assertThat(opener.openAll(page1)).isEqualTo(sealer.openAll(page1)).containsExactly(created("a"), created("b"), new UserDisabled("pool", "a"));
        assertThat(opener.openAll(page2)).isEqualTo(sealer.openAll(page2)).containsExactly(updated("a"), updated("b"), created("c"));
        store.usersRead = 0;
        PersonalDataSealer.LogOpener another = sealer.openerForLog();
        another.openAll(page1);
        another.openAll(page2);
        assertThat(store.usersRead).isEqualTo(3); // a and b for the first page, c for the second
    }

    @Test
    void anErasedKeyReadsErasedOnEveryPage() {
        Object a = sealer.seal(created("a"));
        Object later = sealer.seal(updated("a"));
        keys.erase("pool", "a");
        PersonalDataSealer.LogOpener opener = sealer.openerForLog();
        UserCreated first = (UserCreated) opener.openAll(List.of(a)).get(0);
        assertThat(first.username()).isEqualTo(PersonalData.ERASED);
        assertThat(first.claimed()).isEmpty();
        assertThat(((UserAttributesUpdated) opener.openAll(List.of(later)).get(0)).attributes()).containsEntry("given_name", PersonalData.ERASED);
        assertThat(opener.openAll(List.of(later))).isEqualTo(sealer.openAll(List.of(later)));
    }

    @Test
    void aPageRecordingAnErasureReadsThatUsersKeyAgain() {
        Object a = sealer.seal(created("a"));
        Object later = sealer.seal(updated("a"));
        PersonalDataSealer.LogOpener opener = sealer.openerForLog();
        assertThat(opener.openAll(List.of(a))).containsExactly(created("a"));
        keys.erase("pool", "a"); // committed while the log is read: the erasure's event comes later in the log
        List<Object> page = List.of(later, new PersonalDataErased("pool", "a"));
        assertThat(opener.openAll(page)).isEqualTo(sealer.openAll(page));
        assertThat(((UserAttributesUpdated) opener.openAll(page).get(0)).attributes()).containsEntry("given_name", PersonalData.ERASED);
    }

    @Test
    void aUserWithoutAKeyIsLookedUpAgainOnTheNextPage() {
        UserCreated plain = created("old"); // written before personal data was sealed: plaintext, and no key
        PersonalDataSealer.LogOpener opener = sealer.openerForLog();
        assertThat(opener.openAll(List.of(plain))).containsExactly(plain);
        Object sealedLater = sealer.seal(updated("old")); // the user's first sealed event makes a key
        assertThat(keys.forOpening("pool", "old")).isPresent();
        assertThat(opener.openAll(List.of(sealedLater))).containsExactly(updated("old"));
    }

    @Test
    void pagesWithoutPersonalDataComeBackAsTheyAre() {
        List<Object> page = List.of(new UserDisabled("pool", "a"));
        assertThat(sealer.openerForLog().openAll(page)).isSameAs(page);
        assertThat(store.usersRead).isZero();
    }
}

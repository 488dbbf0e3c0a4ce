package dev.cairn.core.personal;

import dev.cairn.api.event.EventTypes;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.PersonalData;
import dev.cairn.api.event.PersonalDataErased;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.core.crypto.Aead;

import javax.crypto.spec.SecretKeySpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Turns an event into the form the log keeps, and back: every {@link PersonalData} value sealed
 * with AES-256-GCM under its user's key ({@code pd1:} + base64 of nonce and ciphertext, bound to the
 * pool and sub as associated data), and opened again on the way out, or read erased once the key
 * is gone (strings and attribute values as {@link PersonalData#ERASED}, alias keys dropped). An
 * attribute map's {@code sub} stays as it is: it is the user's id, which the event carries anyway.
 * Events without personal data, and events of no user (a sign-in attempt for an unknown username
 * has no sub), pass through as they are.
 */
public final class PersonalDataSealer {

    static final String PREFIX = "pd1:";
    private final UserKeys keys;
    private final RandomGenerator random;
    private final Map<Class<?>, Shape> shapes = new HashMap<>();

    public PersonalDataSealer(UserKeys keys, RandomGenerator random) {
        this.keys = keys;
        this.random = random;
        for (Class<? extends Record> type : EventTypes.ALL) Shape.of(type).ifPresent(s -> shapes.put(type, s));
    }

    /** Whether events of this type carry personal data. */
    public boolean holdsPersonalData(Class<?> type) {
        return shapes.containsKey(type);
    }

    /** The event as the log keeps it; an erased user's personal values are written erased. */
    public Object seal(Object event) {
        Shape shape = shapes.get(event.getClass());
        if (shape == null) return event;
        String pool = shape.userPoolId(event);
        String sub = shape.sub(event);
        if (sub == null) return event;
        // A user's first event needs a new key: no lookup can find one for a sub just made.
        UserKeys.UserKey key = event instanceof UserCreated ? keys.forNewUser(pool, sub) : keys.forSealing(pool, sub);
        if (key.erased()) return shape.erase(event);
        byte[] aad = aad(pool, sub);
        return shape.map(event, v -> seal(key.key(), aad, v));
    }

    /**
     * The event as it was written, or with its personal values erased. A user who never had a key
     * has events from before personal data was sealed; their values are read as they were stored.
     */
    public Object open(Object stored) {
        return open(stored, keys::forOpening);
    }

    /**
     * An {@link #open} for reading one stream of events (one user's history) that reads each user's
     * key from the store the first time it needs it, not from the cache: an erasure that another
     * engine committed just before is then in force for the whole read.
     */
    public UnaryOperator<Object> openerWithStoredKeys() {
        Set<String> read = new HashSet<>();
        return stored -> open(stored, (pool, sub) -> read.add(pool + "/" + sub) ? keys.forOpeningFromStore(pool, sub)
                : keys.forOpening(pool, sub));
    }

    /**
     * Opens events read together from the log (a page of a rebuild), as {@link #open} would one by
     * one, but with their users' keys read from the store at once rather than a query per user.
     */
    public List<Object> openAll(List<Object> stored) {
        return new LogOpener(0).openAll(stored);
    }

    /** An opener for the pages of one read of the whole log, which keeps the keys it read (see {@link LogOpener}). */
    public LogOpener openerForLog() {
        return new LogOpener(LogOpener.USERS_KEPT);
    }

    /**
     * Opens the pages of one read of the log in order, each as {@link #openAll} would, but keeping the
     * keys it found (up to {@link #USERS_KEPT} users, the most recently used) for the next pages: a
     * user's events lie pages apart in a log of users acting over time, and reading and unsealing the
     * same key for every page costs more than the rest of opening. Only keys the store has are kept
     * (a user without one may get one meanwhile, whose later events are sealed); an erased key is
     * erased for good. A page that records a user's erasure ({@link PersonalDataErased}) has that
     * user's key read from the store again, as before; this opener is for one thread and one read,
     * and never touches the engine's key cache.
     */
    public final class LogOpener {

        static final int USERS_KEPT = 100_000;
        private final Map<String, UserKeys.UserKey> kept;

        private LogOpener(int usersKept) {
            this.kept = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, UserKeys.UserKey> eldest) {
                    return size() > usersKept;
                }
            };
        }

        public List<Object> openAll(List<Object> stored) {
            for (Object event : stored) {
                if (event instanceof PersonalDataErased e) kept.remove(UserKeys.id(e.userPoolId(), e.sub()));
            }
            Map<String, UserKeys.UserKey> page = new HashMap<>();
            Map<String, Set<String>> unknown = new HashMap<>();
            boolean any = false;
            for (Object event : stored) {
                Shape shape = shapes.get(event.getClass());
                String sub = shape == null ? null : shape.sub(event);
                if (sub == null) continue;
                any = true;
                String pool = shape.userPoolId(event);
                String id = UserKeys.id(pool, sub);
                if (page.containsKey(id)) continue;
                UserKeys.UserKey known = kept.get(id);
                if (known != null) page.put(id, known);
                else unknown.computeIfAbsent(pool, p -> new HashSet<>()).add(sub);
            }
            if (!any) return stored;
            if (!unknown.isEmpty()) {
                Map<String, UserKeys.UserKey> found = keys.forOpeningFromStore(unknown);
                page.putAll(found);
                kept.putAll(found);
            }
            List<Object> opened = new java.util.ArrayList<>(stored.size());
            for (Object event : stored) opened.add(open(event, (pool, sub) -> Optional.ofNullable(page.get(UserKeys.id(pool, sub)))));
            return opened;
        }
    }

    private Object open(Object stored, BiFunction<String, String, Optional<UserKeys.UserKey>> keyOf) {
        Shape shape = shapes.get(stored.getClass());
        if (shape == null) return stored;
        String pool = shape.userPoolId(stored);
        String sub = shape.sub(stored);
        if (sub == null) return stored;
        Optional<UserKeys.UserKey> key = keyOf.apply(pool, sub);
        if (key.isPresent() && key.get().erased()) return shape.erase(stored);
        byte[] aad = aad(pool, sub);
        return shape.map(stored, v -> !v.startsWith(PREFIX) ? v
                : key.isPresent() ? open(key.get().key(), aad, v) : PersonalData.ERASED);
    }

    private String seal(SecretKeySpec key, byte[] aad, String value) {
        return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(Aead.seal(key, aad, value.getBytes(StandardCharsets.UTF_8), random));
    }

    private static String open(SecretKeySpec key, byte[] aad, String value) {
        try {
            return new String(Aead.open(key, aad, Base64.getDecoder().decode(value.substring(PREFIX.length()))), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A personal value in the log does not open with its user's key", e);
        }
    }

    private static byte[] aad(String pool, String sub) {
        return (pool + "/" + sub).getBytes(StandardCharsets.UTF_8);
    }

    /** Where an event type keeps its owner and its personal values, found once by reflection. */
    private record Shape(Constructor<?> constructor, Method[] accessors, boolean[] personal, int poolIndex, int subIndex) {

        static Optional<Shape> of(Class<? extends Record> type) {
            RecordComponent[] components = type.getRecordComponents();
            boolean[] personal = new boolean[components.length];
            Method[] accessors = new Method[components.length];
            int pool = -1;
            int sub = -1;
            boolean any = false;
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                accessors[i] = c.getAccessor();
                if (c.getName().equals("userPoolId")) pool = i;
                if (c.getName().equals("sub")) sub = i;
                if (c.isAnnotationPresent(PersonalData.class)) {
                    requireSupported(type, c);
                    personal[i] = true;
                    any = true;
                }
            }
            if (!any) return Optional.empty();
            if (pool < 0 || sub < 0) throw new IllegalStateException(type + " has personal data but no userPoolId and sub to key it by");
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
                return Optional.of(new Shape(constructor, accessors, personal, pool, sub));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        private static void requireSupported(Class<?> type, RecordComponent c) {
            Type t = c.getGenericType();
            boolean ok = t == String.class
                    || t instanceof ParameterizedType p && p.getRawType() == Map.class && Arrays.equals(p.getActualTypeArguments(), new Type[]{String.class, String.class})
                    || t instanceof ParameterizedType p2 && p2.getRawType() == List.class && Arrays.equals(p2.getActualTypeArguments(), new Type[]{UniqueKey.class});
            if (!ok) throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + ": @PersonalData on an unsupported type " + t);
        }

        String userPoolId(Object event) {
            return (String) get(event, poolIndex);
        }

        String sub(Object event) {
            return (String) get(event, subIndex);
        }

        /** A copy of the event with {@code f} applied to every personal string in it. */
        Object map(Object event, UnaryOperator<String> f) {
            return copy(event, v -> mapValue(v, f));
        }

        /**
         * A copy with every personal value erased. Alias keys go altogether rather than read as
         * a marker: "[erased]" is a valid username, and a key that no longer says which value it
         * held must not take part in claims (a rebuild replays an erased user's claims and their
         * releases as nothing, which nets to the same: the user was deleted first).
         */
        Object erase(Object event) {
            return copy(event, v -> v instanceof List<?> ? List.of() : mapValue(v, x -> PersonalData.ERASED));
        }

        private Object copy(Object event, UnaryOperator<Object> personalValue) {
            Object[] args = new Object[accessors.length];
            for (int i = 0; i < args.length; i++) {
                Object v = get(event, i);
                args[i] = personal[i] && v != null ? personalValue.apply(v) : v;
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not rebuild " + event.getClass().getSimpleName(), e);
            }
        }

        private static Object mapValue(Object v, UnaryOperator<String> f) {
            if (v instanceof String s) return f.apply(s);
            if (v instanceof Map<?, ?> m) {
                Map<String, String> out = new LinkedHashMap<>();
                // sub is the user's id, in the event already; the other values are the person's.
                m.forEach((name, value) -> out.put((String) name, value == null || "sub".equals(name) ? (String) value : f.apply((String) value)));
                return out;
            }
            return ((List<?>) v).stream().map(k -> (UniqueKey) k).map(k -> new UniqueKey(k.kind(), f.apply(k.key()))).toList();
        }

        private Object get(Object event, int i) {
            try {
                return accessors[i].invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not read " + event.getClass().getSimpleName(), e);
            }
        }
    }
}

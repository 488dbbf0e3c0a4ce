package dev.cairn.core.user;

import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.api.model.PasswordPolicyType;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.srp.SrpVerifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Password policy checks, generated temporary passwords, and the SRP verifiers the log keeps
 * instead of passwords.
 */
public final class Passwords {

    /** The symbols Cognito's password policy counts. */
    static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";

    private Passwords() {
    }

    /** Throws InvalidPasswordException, worded as Cognito words it, when the password breaks the policy. */
    public static void check(PasswordPolicyType policy, String password) {
        if (password.length() < policy.minimumLength()) fail("Password not long enough");
        if (Boolean.TRUE.equals(policy.requireLowercase()) && password.chars().noneMatch(Character::isLowerCase)) {
            fail("Password must have lowercase characters");
        }
        if (Boolean.TRUE.equals(policy.requireUppercase()) && password.chars().noneMatch(Character::isUpperCase)) {
            fail("Password must have uppercase characters");
        }
        if (Boolean.TRUE.equals(policy.requireNumbers()) && password.chars().noneMatch(Character::isDigit)) {
            fail("Password must have numeric characters");
        }
        if (Boolean.TRUE.equals(policy.requireSymbols()) && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            fail("Password must have symbol characters");
        }
    }

    private static void fail(String reason) {
        throw new InvalidPasswordException("Password did not conform with policy: " + reason);
    }

    /** A temporary password that meets the policy: one character of every class, the rest mixed. */
    public static String temporary(PasswordPolicyType policy, RandomGenerator random) {
        int length = Math.max(policy.minimumLength(), 12);
        List<Character> chars = new ArrayList<>();
        for (String pool : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) chars.add(pool.charAt(random.nextInt(pool.length())));
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (chars.size() < length) chars.add(all.charAt(random.nextInt(all.length())));
        Collections.shuffle(chars, new java.util.Random(random.nextLong()));
        StringBuilder s = new StringBuilder();
        chars.forEach(s::append);
        return s.toString();
    }

    /**
     * Stands in for a user who has no usable password, so that checking a guess against that user
     * takes the work a real check takes; made from a random password nobody learns, so nothing matches.
     */
    public static PasswordVerifier unusable() {
        return Unusable.VERIFIER;
    }

    /** Made on first use, not when the class loads: one exponentiation, and the fixed-base table it needs. */
    private static final class Unusable {
        static final PasswordVerifier VERIFIER = make();

        private static PasswordVerifier make() {
            java.security.SecureRandom random = new java.security.SecureRandom();
            byte[] password = new byte[32];
            random.nextBytes(password);
            return verifier("us-east-1_none", "none", java.util.HexFormat.of().formatHex(password), random);
        }
    }

    /** The SRP verifier Cognito's clients will prove knowledge of; the log keeps this, never the password. */
    public static PasswordVerifier verifier(String userPoolId, String username, String password, RandomGenerator random) {
        SrpVerifier v = SrpVerifier.create(SrpPrincipal.user(userPoolId, username), password, random);
        return new PasswordVerifier(v.saltHex(), v.verifierHex());
    }

    /** {@link #verifier} with the salt drawn now and the verifier computed on first use. */
    public static Supplier<PasswordVerifier> verifierLater(String userPoolId, String username, String password, RandomGenerator random) {
        Supplier<SrpVerifier> v = SrpVerifier.later(SrpPrincipal.user(userPoolId, username), password, random);
        return () -> new PasswordVerifier(v.get().saltHex(), v.get().verifierHex());
    }

    public static boolean matches(PasswordVerifier stored, String userPoolId, String username, String password) {
        return new SrpVerifier(stored.salt(), stored.verifier()).matchesPassword(SrpPrincipal.user(userPoolId, username), password);
    }
}

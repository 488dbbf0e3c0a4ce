package dev.cairn.core.validation;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A pattern of the service model, matched in time linear in the input whatever the input is.
 *
 * <p>The JDK's backtracking matcher takes super-linear time on some of the model's patterns (a
 * 40 KB {@code ReplyToEmailAddress} made of {@code a@} repeated cost about ten seconds of CPU
 * against {@code [\p{L}...]+@[\p{L}...]+}), so patterns run on RE2/J, which never backtracks. RE2
 * has no look-around; the model's one pattern with a look-behind is matched by the JDK, after a
 * review that it is linear there (a single character class, then one look-behind at the end),
 * and {@link #JDK_REVIEWED} lists it so a new such pattern fails a test instead of slipping in.
 */
final class ModelPattern {

    /** Patterns RE2/J cannot run, reviewed to be linear under the JDK's matcher. */
    static final Set<String> JDK_REVIEWED = Set.of("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$");

    private ModelPattern() {
    }

    /** A full-match test for {@code regex}. */
    static Predicate<String> compile(String regex) {
        if (JDK_REVIEWED.contains(regex)) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
            return s -> p.matcher(s).matches();
        }
        com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(regex);
        return p::matches;
    }
}

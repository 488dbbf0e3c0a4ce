package dev.cairn.core.validation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPatternTest {

    private final ModelValidator validator = new ModelValidator();

    private List<String> modelPatterns() {
        List<String> patterns = new ArrayList<>();
        validator.shapes().forEach(shape -> {
            if (shape.has("pattern")) patterns.add(shape.get("pattern").asText());
        });
        return patterns;
    }

    @Test
    void everyPatternOfTheModelRunsInLinearTimeOrWasReviewed() {
        for (String regex : modelPatterns()) {
            assertThat(ModelPattern.compile(regex)).as(regex).isNotNull(); // RE2/J refuses what it cannot run in linear time
        }
    }

    @Test
    void linearPatternsAgreeWithTheJdkOnOrdinaryValues() {
        List<String> samples = List.of("", "a", "alice@example.com", "us-east-1_AbC123xyZ", "+15555550100", "x y", "é@ü.de",
                "abc.", "1234", "ALLOW_USER_SRP_AUTH", "https://example.com/cb", "a\nb", "token.part-1_=");
        for (String regex : modelPatterns()) {
            Predicate<String> linear = ModelPattern.compile(regex);
            Pattern jdk = Pattern.compile(regex);
            for (String s : samples) assertThat(linear.test(s)).as(regex + " on '" + s + "'").isEqualTo(jdk.matcher(s).matches());
        }
    }

    @Test
    void aHostileEmailAddressIsJudgedQuickly() {
        Predicate<String> email = ModelPattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        long start = System.nanoTime();
        assertThat(email.test("a@".repeat(20_000) + " ")).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds, bound generous: the JDK takes seconds").isLessThan(2_000);
    }
}

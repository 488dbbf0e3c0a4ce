package dev.cairn.core.metrics;

import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Objects;

/** Counts sign-ins by auth flow, and failed ones by flow and reason, from the events that record them. */
final class SignIns {

    private final MeterRegistry registry;

    SignIns(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Object payload) {
        if (payload instanceof SignedIn s) {
            Counter.builder("cairn.sign.ins").description("Sign-ins that issued tokens, by auth flow")
                    .tag("flow", flow(s.authFlow())).register(registry).increment();
        } else if (payload instanceof SignInFailed f) {
            Counter.builder("cairn.sign.in.failures").description("Failed sign-ins of known users, by auth flow and reason")
                    .tags("flow", flow(f.authFlow()), "reason", Objects.requireNonNullElse(f.reason(), "unknown")).register(registry).increment();
        }
    }

    private static String flow(String authFlow) {
        return Objects.requireNonNullElse(authFlow, "unknown");
    }
}

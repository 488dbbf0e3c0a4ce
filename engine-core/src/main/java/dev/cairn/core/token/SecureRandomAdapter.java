package dev.cairn.core.token;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.random.RandomGenerator;

/**
 * Lets JCA, which only takes a {@link SecureRandom}, draw from the engine's injected
 * {@link RandomGenerator}, so that key generation is as reproducible as the generator is.
 */
final class SecureRandomAdapter {

    private SecureRandomAdapter() {
    }

    static SecureRandom of(RandomGenerator random) {
        if (random instanceof SecureRandom secure) {
            return secure;
        }
        return new Delegating(random);
    }

    private static final class Delegating extends SecureRandom {

        private static final long serialVersionUID = 1L;

        Delegating(RandomGenerator random) {
            super(new Spi(random), null);
        }
    }

    private static final class Spi extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;
        private final transient RandomGenerator random;

        Spi(RandomGenerator random) {
            this.random = random;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // The injected generator owns its seeding.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] seed = new byte[numBytes];
            random.nextBytes(seed);
            return seed;
        }
    }
}

package dev.cairn.core.srp;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code g^e mod N} for the group's fixed generator, from a table computed once: for each byte
 * position i of the exponent and each byte value d, {@code g^(d * 256^i)}. An exponent of up to
 * 256 bits (the server's b, a password's x) then costs at most 31 modular multiplications instead
 * of a full exponentiation's ~256 squarings. Longer exponents fall back to
 * {@link BigInteger#modPow}. The table holds 32 x 256 values of 384 bytes (3 MiB).
 *
 * <p>Each product is reduced by Barrett's method ({@link #reduce}: two multiplications by
 * precomputed values and a subtraction) rather than {@link BigInteger#mod}, whose long division is
 * most of a step's cost: a 256-bit exponent took 367-459 µs against 692-848 µs with {@code mod}
 * (1.5-2.1x) and 900-1,445 µs with {@code modPow}, rounds 2-6 of {@code FixedBaseBench 6} (test
 * sources) on a loaded 2-core machine.
 *
 * <p>The table is built on a background thread, started by the first use, and until it is ready
 * every call answers with {@code modPow}: building it takes about half a second of CPU, which
 * neither start-up nor the first sign-up should wait for.
 *
 * <p>Used for public exponentiations and secret ones alike: like {@code modPow}, it is not
 * constant-time, and SRP over the network does not expose timing at this level (the verifier
 * check compares in constant time).
 */
final class FixedBase {

    private static final int POSITIONS = 32;
    private static final int K = SrpGroup.N.bitLength();
    /** Barrett's constant for N: floor(2^(2K) / N). */
    private static final BigInteger MU = BigInteger.ONE.shiftLeft(2 * K).divide(SrpGroup.N);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile BigInteger[][] table;

    private FixedBase() {
    }

    /** {@code g^e mod N}; {@code e} must not be negative. */
    static BigInteger pow(BigInteger e) {
        if (e.signum() < 0) throw new IllegalArgumentException("negative exponent");
        BigInteger[][] t = table;
        if (t == null) {
            buildInBackground();
            return SrpGroup.G.modPow(e, SrpGroup.N);
        }
        return pow(e, t);
    }

    /** {@code g^e mod N} from a table made by {@link #build()}. */
    static BigInteger pow(BigInteger e, BigInteger[][] t) {
        if (e.bitLength() > POSITIONS * 8) return SrpGroup.G.modPow(e, SrpGroup.N);
        byte[] bytes = e.toByteArray(); // big-endian, maybe with a leading sign byte
        BigInteger r = null;
        for (int k = 0; k < bytes.length; k++) {
            int i = bytes.length - 1 - k;
            if (i >= POSITIONS) continue; // the sign byte of a 256-bit value is zero
            int d = bytes[k] & 0xff;
            if (d == 0) continue;
            r = r == null ? t[i][d] : reduce(r.multiply(t[i][d]));
        }
        return r == null ? BigInteger.ONE : r;
    }

    /**
     * {@code x mod N} for {@code 0 <= x < N^2} (the product of two residues), by Barrett reduction:
     * the quotient estimated from x's top bits times {@link #MU} is at most two short, so at most two
     * subtractions of N finish it.
     */
    static BigInteger reduce(BigInteger x) {
        BigInteger q = x.shiftRight(K - 1).multiply(MU).shiftRight(K + 1);
        BigInteger r = x.subtract(q.multiply(SrpGroup.N));
        while (r.compareTo(SrpGroup.N) >= 0) r = r.subtract(SrpGroup.N);
        return r;
    }

    static BigInteger[][] build() {
        BigInteger[][] t = new BigInteger[POSITIONS][256];
        BigInteger base = SrpGroup.G; // g^(256^i)
        for (int i = 0; i < POSITIONS; i++) {
            t[i][0] = BigInteger.ONE;
            for (int d = 1; d < 256; d++) t[i][d] = reduce(t[i][d - 1].multiply(base));
            base = reduce(t[i][255].multiply(base));
        }
        return t;
    }

    static boolean tableReady() {
        return table != null;
    }

    private static void buildInBackground() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread builder = new Thread(() -> table = build(), "cairn-srp-table");
        builder.setDaemon(true);
        builder.setPriority(Thread.MIN_PRIORITY);
        builder.start();
    }
}

package dev.cairn.core.srp;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * A load driver (not a test): g^e mod N for 256-bit exponents three ways, alternating in each
 * round: {@link FixedBase#pow} (table, Barrett reduction), the same table reduced with
 * {@link BigInteger#mod} (what it did before), and {@link BigInteger#modPow}.
 *
 * <pre>java -cp engine-core/target/classes:engine-core/target/test-classes dev.cairn.core.srp.FixedBaseBench [rounds]</pre>
 */
public final class FixedBaseBench {

    private FixedBaseBench() {
    }

    private static BigInteger powWithMod(BigInteger e, BigInteger[][] t) {
        byte[] bytes = e.toByteArray();
        BigInteger r = BigInteger.ONE;
        for (int k = 0; k < bytes.length; k++) {
            int i = bytes.length - 1 - k;
            if (i >= 32 || bytes[k] == 0) continue;
            r = r.multiply(t[i][bytes[k] & 0xff]).mod(SrpGroup.N);
        }
        return r;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BigInteger[][] table = FixedBase.build();
        SecureRandom random = new SecureRandom();
        BigInteger[] exponents = new BigInteger[2_000];
        for (int i = 0; i < exponents.length; i++) exponents[i] = new BigInteger(256, random);
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            for (BigInteger e : exponents) FixedBase.pow(e, table);
            long t1 = System.nanoTime();
            for (BigInteger e : exponents) powWithMod(e, table);
            long t2 = System.nanoTime();
            for (int i = 0; i < 300; i++) SrpGroup.G.modPow(exponents[i], SrpGroup.N);
            long t3 = System.nanoTime();
            double barrett = (t1 - t0) / 2_000e3, mod = (t2 - t1) / 2_000e3, modPow = (t3 - t2) / 300e3;
            System.out.printf("round %d: table+Barrett %.0f µs, table+mod %.0f µs (%.2fx), modPow %.0f µs (%.2fx)%n",
                    round, barrett, mod, mod / barrett, modPow, modPow / barrett);
        }
    }
}

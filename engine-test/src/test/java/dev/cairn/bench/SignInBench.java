package dev.cairn.bench;

import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.api.model.InitiateAuthResponse;
import dev.cairn.api.model.RespondToAuthChallengeRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.token.JwtSigner;
import dev.cairn.core.token.SigningKey;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A load driver (not a test) for sign-in throughput on one thread, beside its crypto floor in the
 * same run: one SRP server step's two 3072-bit modular exponentiations plus two RS256 signatures.
 * Only time spent inside the engine is counted for the engine's figures; the client's own SRP
 * math runs outside the timed sections. Rounds alternate between the three measurements so that
 * noise from the machine falls on all of them alike.
 *
 * <pre>mvn -B -q install -DskipTests && mvn -B -q -pl engine-test exec:java -Dexec.mainClass=dev.cairn.bench.SignInBench [-Dexec.args="rounds seconds"]</pre>
 */
public final class SignInBench {

    private static final String PASSWORD = "Bench-Passw0rd!";
    /** Sign-ins rotate over this many users, as real load spreads over users. */
    private static final int USERS = 200;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long roundNanos = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 4).toNanos();
        SecureRandom random = new SecureRandom();
        try (CairnEngine engine = CairnEngine.builder().build()) {
            String pool = engine.createUserPool(Requests.createUserPool("bench")).userPool().id();
            String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("bench")
                    .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())
                    .userPoolClient().clientId();
            for (int i = 0; i < USERS; i++) {
                engine.adminCreateUser(Requests.adminCreateUser(pool, "bench" + i));
                engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("bench" + i)
                        .password(PASSWORD).permanent(true).build());
            }
            int[] next = {0};

            SrpPrincipal principal = SrpPrincipal.user(pool, "bench0");
            SrpClient floorClient = new SrpClient(random);
            SigningKey key = SigningKey.generate(random);
            JwtSigner signer = new JwtSigner(key);
            Map<String, Object> claims = Map.of("sub", "x", "token_use", "access", "exp", 1L);

            java.math.BigInteger n = dev.cairn.core.srp.SrpGroup.N;
            java.math.BigInteger g = dev.cairn.core.srp.SrpGroup.G;
            java.math.BigInteger clientA = new java.math.BigInteger(floorClient.srpA(), 16);
            Runnable floor = () -> {
                // The floor, as plain BigInteger.modPow: g^b for B, then S = (A v^u)^b; and two RS256 signatures.
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                java.math.BigInteger b = new java.math.BigInteger(1, bytes);
                g.modPow(b, n);
                clientA.modPow(b, n);
                signer.sign(claims);
                signer.sign(claims);
            };
            Timed srp = () -> {
                String user = "bench" + (next[0]++ % USERS);
                SrpClient c = new SrpClient(random);
                long t0 = System.nanoTime();
                InitiateAuthResponse challenge = engine.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_SRP_AUTH")
                        .authParameters(Map.of("USERNAME", user, "SRP_A", c.srpA())).build());
                long engineTime = System.nanoTime() - t0;
                Map<String, String> p = challenge.challengeParameters();
                PasswordClaim claim = c.answer(SrpPrincipal.user(pool, user), PASSWORD, p.get("SRP_B"), p.get("SALT"), p.get("SECRET_BLOCK"), Instant.now());
                RespondToAuthChallengeRequest answer = RespondToAuthChallengeRequest.builder().clientId(client).challengeName("PASSWORD_VERIFIER")
                        .session(challenge.session()).challengeResponses(Map.of("USERNAME", user, "PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock(),
                                "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp())).build();
                long t1 = System.nanoTime();
                if (engine.respondToAuthChallenge(answer).authenticationResult() == null) throw new IllegalStateException();
                return engineTime + System.nanoTime() - t1;
            };
            Timed password = () -> {
                long t0 = System.nanoTime();
                SignIn.password(engine, client, "bench" + (next[0]++ % USERS), PASSWORD);
                return System.nanoTime() - t0;
            };

            System.out.println("warming up...");
            measure(() -> { floor.run(); return 0; }, roundNanos, true);
            measure(srp, roundNanos, false);
            measure(password, roundNanos, false);

            double floorSum = 0, srpSum = 0, pwSum = 0;
            for (int r = 1; r <= rounds; r++) {
                double f = measure(() -> { long t = System.nanoTime(); floor.run(); return System.nanoTime() - t; }, roundNanos, false);
                double s = measure(srp, roundNanos, false);
                double p = measure(password, roundNanos, false);
                floorSum += f;
                srpSum += s;
                pwSum += p;
                System.out.printf("round %d: floor %.1f/s  SRP sign-in %.1f/s (%.0f%%)  USER_PASSWORD_AUTH %.1f/s (%.0f%%)%n",
                        r, f, s, 100 * s / f, p, 100 * p / f);
            }
            System.out.printf("%nmean over %d rounds, one thread: crypto floor %.1f/s, SRP sign-in %.1f/s = %.0f%% of floor, "
                            + "USER_PASSWORD_AUTH %.1f/s = %.0f%% of floor%n",
                    rounds, floorSum / rounds, srpSum / rounds, 100 * srpSum / floorSum, pwSum / rounds, 100 * pwSum / floorSum);
        }
    }

    /** One operation; returns the nanoseconds that count. */
    private interface Timed {
        long run();
    }

    /** Operations per second of counted time, over about {@code budget} nanoseconds of wall time. */
    private static double measure(Timed op, long budget, boolean quiet) {
        long start = System.nanoTime();
        long counted = 0;
        int n = 0;
        while (System.nanoTime() - start < budget) {
            counted += op.run();
            n++;
        }
        return n / (counted / 1e9);
    }
}

package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed vectors computed by amazon-cognito-identity-js 6.3.21 itself ({@code src/test/js/vectors.mjs}):
 * the client's secret a and the server's b are fixed, everything else is what the library derived.
 * Each vector pins one of the JS client's encoding rules that a Java port gets wrong most easily.
 */
class SrpFixedVectorsTest {

    private static final String K =
            "538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6";

    record Vector(String name, String realm, String identity, String password, String saltHex,
                  String aHex, String bHex, String secretBlock, String timestamp, String paddedSalt,
                  String verifier, String srpA, String srpB, String u, String hkdf, String signature) {

        SrpPrincipal principal() {
            return new SrpPrincipal(realm, identity);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() {
        return Stream.of(
            new Vector(
                "salt with its high bit set gains a 00 byte",
                "AbCdEf123",
                "alice",
                "Correct horse battery staple 1!",
                "f0e1d2c3b4a5968778695a4b3c2d1e0f",
                "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
                        + "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
                "7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c",
                "c2VjcmV0IGJsb2NrIG9uZQ==",
                "Tue Nov 3 07:05:09 UTC 2026",
                "00f0e1d2c3b4a5968778695a4b3c2d1e0f",
                "51080b47273bbc9cecbac6f74e5472a947c3e4441a9a20072dc7900a9267fb95a3801ec58173108cccab3745f979352e"
                        + "fb4681c870559099e0308043b82accfd97935c5d03eda583916ff8ec00c3cbca07618aa952e7547819eaec7f05639a39"
                        + "5a093adcd5b441b765d5a3399a13f0f012de46ac194e37d5f94e4fd25d28384ed1677154cd19801cf6ab84cc1c4734cf"
                        + "007465a1e51ee7d8a727bcf136313c5f6b24a55af0fa817442bed685b1c5818c0e86d5d854da19fb2e731356485d0fb2"
                        + "8e51069cb2a702b7fcc0debb1765b50833521d602521c1a867e56b3c33bb4c25bff8ddad7c03ece32aeb7e1e356af719"
                        + "750c55d817ffbfabfacda0df0d18b2e7787a0887c513d85467bba743c2579f88ef9881f3c24e9faaa1284660c05fe6a5"
                        + "cec48c27f21a5ffc239fbeb22ca9233b56e1a85aa20959ae0cb6f6dff9d7772ed51892f4c2903c592a029ae4fafbbc3c"
                        + "f3356f19c23c4670a739b8d406a248957afde0bb7cc12352724a47b3712de3833b4ba04a7cc04f52477c55b0a21d3fc0",
                "23df1c17eaa36cfdbeff857cda3a87bae3cb8829311966fc96d94fcea29d537294644587a9697033562cd2ba65e32506"
                        + "167a05deedbdd2cc32b56c246448f92b18d745c00fbb1e1190304304711e9a19fbcc4ccd2f91d9114651e927d786d75d"
                        + "bf5c1861fda93fff7c3977be79da117d8ea206850416637cb20ea04b69ac6e02df2f538bdc1c74076193de4623d245b0"
                        + "66f2ad4a12009774ee8aa8ebf0d6774e02ae300ce4eed203e9f66075758c43cea6fcb0f8cfbbd68cb114806e559f53ae"
                        + "264a9edeb2521f3c2018a4a593b37c68b75fbdf1f9c5fa2cc5a040f7b076c634e2b0fe5632ae1bc2e411c42324871cfb"
                        + "ac2516c1dea6ecbc0b4c07b5c718a59e302e0b8710cc80ecb77a5d1ff5371104eb2e92df2cc1a9245abba1e8908da8ce"
                        + "b30471698baa53f9ed12a90439c12f5bdc61cdb6e8b08f06c110dcbc26e8bed8590caf27336d5b604a2b5008131509f5"
                        + "5efafb23c5092deb54ca9eb12f3a1d13a6334cfee04f06820be7731aaa7a9855d1bf392d2f528ad2f3a30b8746233703",
                "787b5e144ec2bd0ebbd4e8259ce75925d78c7ff132b51248164181b4614a6725fc3e66abf4b71bbb30903c542abb16e6"
                        + "5095001a1003d797885ea8eb8d751ff0aadf39370b6559195eced8bff97b653538ff405603b45a8ac2436f4aa5898035"
                        + "2c8a61075c6df54da74ea33c20f95301ce613e97e6880e70980735fc08e4b3fbc8698923aa6ff83591b9ccb367647bb1"
                        + "e9917eab4213fc6fc49d0a997fd8327df4610fd7d86f4b16cad1c4ec5606c0623ac4a8efd56f609ae540c0b6a8a7ac71"
                        + "bd5fe57295d0ee1161f93dcb6d98e020e3964b7ac8b072761ce84cd7dc9f8cd6cba83507b57dc10ee7301812284e503a"
                        + "82c8f0726d46e31fd279e736ef232eb28c4e3238dc70198267ec4f93c0dc49266c009fabc0a1450d9c4b15c97cf57890"
                        + "aa66afbe1b31cd8f35d9feb8092496c18e5a9c9005eba68adbe588deff5fb0803eec5858efb5d4808d46713708b02093"
                        + "a4b311d3d963b47b3da11e901a0fd7e70a3fef3f0508a8cf452bc69d08cae718bd78de6d19e364922823ec873d77374b",
                "00892b1d39868833076b6f5a85c7e51e090040a83c05859be50b27682464a60899",
                "e009b564c4b36d4fe28e0ec9fd023373",
                "F/e0d/dqh8UwsTlJdRsBPnTujELDazxG9K6nklsmaQg="),
            new Vector(
                "salt with a leading zero byte loses it; non-ASCII password hashed as UTF-8",
                "AbCdEf123",
                "6f1c2a7e-3b1d-4c1e-9f00-5d2b8e7a9c10",
                "pässwörd-✓-密码",
                "000a1b2c3d4e5f60718293a4b5c6d7e8",
                "00003f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f"
                        + "3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f"
                        + "3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f",
                "e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5",
                "c2VjcmV0IGJsb2NrIHR3bywgYSBsaXR0bGUgbG9uZ2Vy",
                "Mon Mar 9 23:59:59 UTC 2026",
                "0a1b2c3d4e5f60718293a4b5c6d7e8",
                "00fe1f5198e379a423ce79dc60b592ea602e6666bf36dee46e824fd0445849a901bfcb06d975c0ae30f404bbe6142952"
                        + "bccf59099f192edbc47da966f5c286f808b9bde5c7855f0aa18d2ead3fe2d40637d9040e5ad9ef3d737ff39cc10bdb6a"
                        + "96fa0ff772706cfa88e160e452a3e436868ee4d0c64d2faad5fe7793606ec41450a54d844e50115d158bd08244a146f5"
                        + "b183a2c8f3c6c2ac3459cbc59af5ba51b3c0b55c41a6817ea931b1eb5b99c82c705b27851fd8cda1e3a52de569bc6411"
                        + "841216b88e19c0995bdc51b1a6a3e7fbe493c151922d2b11960dcbe0ed5ae9f1baf20b45baf4aadae79395225a2f8892"
                        + "c91cffa57bb8e269f95b2d43b8a7048c641856f2cbae41236bc8c45ae575da719951637bef0a6bac7a207071c27bb947"
                        + "11b08955abe189caa4c19f0962d7b1934c94dd73df464261f811667aaefa6886a8d0cec145af5366889693651ace17cb"
                        + "665ca776aed4f3199e79177906d01dbc13c8cfb9fbb9c174559aca126d0ffec116a0a00f979bc0712149a57f06a9de4c"
                        + "9f",
                "dc339af7eade978108b31fd7a93dbaf3a8595207ad6534bb3c4dc014fa5e1cf2f4ddb63eeeb51dd5f4ec078c33231f9a"
                        + "af7ea926fec3e865e3ba2253c248a6b3173e00ad8c6a02f4ced4811b0bd788872ca4dcd12c29c40bf692819ddb9e4000"
                        + "6b367f93c13689b5dd767337d0dca8d1ce4e87441a54f8f19d596ff4ed4a1462326e9380376631983be5a113f2f35e41"
                        + "abf0dd4ba57d3744e6ce3e6f564cb368a4bff9aaabd327349f24e623c806b3e9f9dba0224f08f436fa774696252aebc1"
                        + "efa3c851abd4909a73fcc72b4ac48270590e048873f45e99b5b6b2865eb8ad09575efa708168a836d5e720a00edb20e3"
                        + "7b497e1c61d96a92621b2904812dc0d533ac5fc1ab74a9384e4c87000a13f6c5f3f5f0a6f575ba70439fc66b52f40981"
                        + "3467ad10b254f4c5fef7c71fe3627651f88275242af04cf1d4512c3e7fea7bb8cae7d9324c1357191493f1f40edb13a9"
                        + "85872c75e9df1a5784d61e24eb9875c6e7d68e6d60ae194efc38c9ec67dbf8db2146864a2970b7a5601ebc4376d448a",
                "17b7c241972a2a66c3da7f54cd96127a75b53921225db93f2d87a3144aafaba4c613d0b00c8160b7f522d931d0da2fa9"
                        + "d10ef2fc024bab64d1e46b6c295d0768e66f3de8b2fc23a3a47aae3dcabb372334578de577fe008d763b5c4aa8186d92"
                        + "057f2b28df802a401a2f33c49762162bd380b73943d5b5b9d7b78866a5d1f6fc1d5418711a9d0908c346039eb778610f"
                        + "d2abff8c4c0e826652f74bc52a57f1715dbc9253c3a1f0db2e7df47573871857d73c1285c45dd26a893d0138bd357efe"
                        + "3c7c110c821a466ec30c68162da14da9bfacfce7acf011e132422da3a3956e427e0a0e3b3122e84668c40003962bde9b"
                        + "3012adeeb6d59b6ea103e0bcc95e9c7f3a213536091f1b9c9e7c20053c7b574e33a6c5d3be4b0a56b2ddc98fb0c9e9a4"
                        + "99b91916d14d0b89c4abbb9168910e927320b52d52749da4279ded4906dbb33baed2c70fd5b321f2cc7a88fb16f97bc8"
                        + "53232fa51b3823de151085f57afd74eae870199f88fc73dfae5f06c3a317cf6e748196b549b5d8b2907c3b5127986c22",
                "00ebf95fbea45cf2762bb80eee8f213f1225452d5c1fc1a2e2ffb5f6fc942f3a85",
                "ba150bd5f7bff30b3ed6f8514653b30c",
                "nVgjcxWwzvZWZKE3PJxL1W7NoxKrZsbAksN3kBd370w="),
            new Vector(
                "device: group key as realm, device key as identity",
                "-abcDEF12",
                "us-east-1_0f6e7d7c-2a4b-4c5d-8e9f-a0b1c2d3e4f5",
                "Rm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXV4cXV1",
                "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
                "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                        + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                        + "1111111111111111111111111111111111111111111111111111111111111111",
                "2222222222222222222222222222222222222222222222222222222222222222",
                "ZGV2aWNlIHNlY3JldCBibG9jaw==",
                "Tue Nov 3 07:05:09 UTC 2026",
                "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
                "2b3be833d222060d39f940225da35610e80b3abd9a6df56bdb3ba0a45d4f0d8f860688fc4a99bbd150fa5b1585cf65eb"
                        + "36e9d689364c96b1811e0e8f97a0ec8c95c87bdb2a150c1c2991b9ca4990c9cf38e32c4a0e7e0b400c86ee5e19dc5c31"
                        + "709e8393a3689b64c276d7c80526d531d30eddf81a64f26cb9ebf2ce8971b9475c15ca2e2d4c87ef1a08981830c7279b"
                        + "0c87517d01403fe88bbe8055b4ae5d8d3c49a1ce4f7e0a19eec39e437788e2ca0f00afc58b982b64f611e034afdae603"
                        + "0ce9d4434f1ce6a531f76dbe2bb351a3518582409a6cc8fdab86b7c0fb951be6eb7d75e2249793cf69c6e647f1f8ef9b"
                        + "3ede7ad673abb3a6a95f37452690037e13e3aab306685a6c82590af54a74e02a0b8e2c27e0fb8d70d61482b6f0004bb7"
                        + "967fb3ab80c9aa4d9d5ef246e15fb04d7f3e208742850d6eedf5d9bc6f0d376f9b9fadd1927d6d462f6c98227fcb86cb"
                        + "25c23221b66877aaa8118c6e3afe37c6d5cb7c611b1962f61125d658393483ebc44d87cd5b3b5b5dbd7c3a6b14384123",
                "67679d4fea151663de3276050085a1ce5853766f826eac11fa1c80daaca0a3a4d7fd4348e3f4ad478e6b049c41a44b5f"
                        + "a8f19ad5983c28abfaa9f49b094a85cd6ef47f50ea73adcd254c5f107f2970b5ac8d163698dfc0f57e6e58cb1ac1d868"
                        + "fc8170f0b16976ea4879067a90f89659969c61a674966ecc37872550511549df4b2840b21c4f97e4b6bbc5390ceb889d"
                        + "b94c51c7038da45cca2745913e0fbc05cd86d30b18533e07f7933650b8d360a22548e426b9f0b97b9aaa95c654ae5ce3"
                        + "8d74c98c05182f2a12e9df7983dd06d2867fe8a5351f5b2f8998f7292047c5b13ee276832b0b0b6166dcb71c119598ac"
                        + "6b77b91afd7b9dbdeece8aad515ebaff3e98a0034945b56af5cd9b390ce0b0180bd88db2d2c25390aacee43ac5576d35"
                        + "000d495b8e2b67f41aa82365ba6a2bbf7535edf398798a38ff53b0038025ab1723b6910bdba9e54753b7dc38243f54f3"
                        + "d92b3859e22f80d579b7170adc7995987499764c8ed7d9a2088abd0092ba68e553618bb63368912e373a857c32e03a6c",
                "cac6dc54f13b38c5d79040c0136dafd4f9c26072884e8b8b9119b00dbfc8aefdee59fcdde8be12390da908b25dae7fad"
                        + "b4b436537223ebc6b4945aff34ddabc9d8624e4e5c5aaa3b550a807e70b45a71fb1c0097f89b3b7a85f16b58c6551c50"
                        + "4917d4a5c296a18c78a42857ecbe728bc400a63b649599d7d54f3c0653124d411cc4462cac12a6d56569f15086f183c1"
                        + "c0ce9326796957bf495bdee5c36a9ee7101f3e3fe99de8110ee59740a6619fd59a8436a696da4315eb66ca642eb8d436"
                        + "d46df7c961ac63993d3220fca3177085f78c96bb48f1248b371e2cc8d7e44259bc505408bce1a92d1f4b32ba4afcc357"
                        + "d8a0531602d708039e8d3a91733567b3e9022767a0906444e7411d78d4e7659c1d55a155652d5742caf1f2c1f1724840"
                        + "002f9d77f0dc3e70920b87805c56ca492f0f7bdd0532b207aa719fe64f3477b608a4139040970a0482add0d14905d335"
                        + "2db2f4ec73a912bc7aa1f5254ed7ab2182ef56bf9082ac13c94b3c25c12f77deec94f8d2203a86e709d4fce7ee82379c",
                "00d9603a804f56e25db8500cc0b60910c614589631d78aeccb12ab05db2be2cf43",
                "e1abc9107f31d31aba6a4802a2920cd0",
                "2f/EDcLj2Xt43lVyzTgjseY4J0qyczYzegRB7eba27g="));
    }

    @Test
    void multiplierKIsTheHashOfPaddedNAndG() {
        assertThat(SrpMath.padHex(SrpGroup.K)).isEqualTo(K);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void saltIsHashedInTheClientsPaddedForm(Vector v) {
        assertThat(SrpMath.padHex(new BigInteger(v.saltHex(), 16))).isEqualTo(v.paddedSalt());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void verifierMatchesTheClients(Vector v) {
        SrpVerifier verifier = SrpVerifier.withSalt(v.principal(), v.password(), new BigInteger(v.saltHex(), 16));

        assertThat(verifier.verifierHex()).isEqualTo(v.verifier());
        assertThat(verifier.saltHex()).isEqualTo(v.paddedSalt());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void clientPublicValueMatches(Vector v) {
        assertThat(new SrpClient(new BigInteger(v.aHex(), 16)).srpA()).isEqualTo(v.srpA());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void scramblingParameterAndDerivedKeyMatch(Vector v) {
        BigInteger a = new BigInteger(v.srpA(), 16);
        BigInteger b = new BigInteger(v.srpB(), 16);
        BigInteger u = SrpMath.scramblingParameter(a, b);
        BigInteger v2 = new BigInteger(v.verifier(), 16);
        BigInteger s = a.multiply(v2.modPow(u, SrpGroup.N)).mod(SrpGroup.N)
                .modPow(new BigInteger(v.bHex(), 16), SrpGroup.N);

        assertThat(SrpMath.padHex(u)).isEqualTo(v.u());
        assertThat(HexFormat.of().formatHex(SrpMath.derivedKey(s, u))).isEqualTo(v.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void javaClientSignsExactlyAsTheJsClient(Vector v) {
        SrpClient client = new SrpClient(new BigInteger(v.aHex(), 16));

        PasswordClaim claim = client.answer(v.principal(), v.password(), v.srpB(), v.saltHex(), v.secretBlock(),
                CognitoTimestamp.parse(v.timestamp()).orElseThrow());

        assertThat(claim.timestamp()).isEqualTo(v.timestamp());
        assertThat(claim.signature()).isEqualTo(v.signature());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void serverAcceptsTheJsClientsSignature(Vector v) {
        SrpServerSession session = new SrpServerSession(v.principal(), new SrpVerifier(v.saltHex(), v.verifier()),
                v.srpA(), v.srpB(), v.bHex(), v.secretBlock());
        PasswordClaim claim = new PasswordClaim(v.secretBlock(), v.timestamp(), v.signature());

        assertThat(session.verify(claim, CognitoTimestamp.parse(v.timestamp()).orElseThrow(), Duration.ZERO))
                .isEqualTo(ClaimVerdict.ACCEPTED);
    }
}

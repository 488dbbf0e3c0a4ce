// Prints fixed SRP test vectors computed by amazon-cognito-identity-js itself, for
// SrpFixedVectorsTest. The client's secret a is fixed instead of random; the server's B is
// computed here from a fixed b with the library's own BigInteger; everything the client derives
// from them (A, u, x, the HKDF key, the signature) comes from the library's AuthenticationHelper
// and the HMAC that CognitoUser.authenticateUserDefaultAuth computes.
//   node vectors.mjs > vectors.json
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AuthenticationHelper } = require('amazon-cognito-identity-js');
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;
// The library's own SHA-256/HMAC dependency, resolved from the library's folder.
const libraryRequire = createRequire(require.resolve('amazon-cognito-identity-js'));
const { Sha256 } = libraryRequire('@aws-crypto/sha256-js');
const { Buffer } = libraryRequire('buffer');

const call = (fn, ...args) =>
	new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));

async function vector({ name, realm, identity, password, saltHex, aHex, bHex, secretBlock, timestamp }) {
	const helper = new AuthenticationHelper(realm);
	helper.smallAValue = new BigInteger(aHex, 16);
	helper.largeAValue = undefined;
	const A = await call(helper.getLargeAValue.bind(helper));

	const salt = new BigInteger(saltHex, 16);
	const x = new BigInteger(
		helper.hexHash(helper.padHex(salt) + helper.hash(`${realm}${identity}:${password}`)),
		16
	);
	const v = await call(helper.g.modPow.bind(helper.g), x, helper.N);
	const gb = await call(helper.g.modPow.bind(helper.g), new BigInteger(bHex, 16), helper.N);
	const B = helper.k.multiply(v).add(gb).mod(helper.N);

	const hkdf = await call(helper.getPasswordAuthenticationKey.bind(helper), identity, password, B, salt);
	const hmac = new Sha256(hkdf);
	hmac.update(
		Buffer.concat([
			Buffer.from(realm, 'utf8'),
			Buffer.from(identity, 'utf8'),
			Buffer.from(secretBlock, 'base64'),
			Buffer.from(timestamp, 'utf8'),
		])
	);
	const signature = Buffer.from(hmac.digestSync()).toString('base64');
	return {
		name,
		realm,
		identity,
		password,
		saltHex,
		aHex,
		bHex,
		secretBlock,
		timestamp,
		k: helper.padHex(helper.k),
		paddedSalt: helper.padHex(salt),
		verifier: helper.padHex(v),
		srpA: A.toString(16),
		srpB: B.toString(16),
		u: helper.padHex(helper.UValue),
		hkdf: Buffer.from(hkdf).toString('hex'),
		signature,
	};
}

const a = 'a1'.repeat(64);
const b = '7c'.repeat(32);
const vectors = [
	await vector({
		name: 'salt with its high bit set gains a 00 byte',
		realm: 'AbCdEf123',
		identity: 'alice',
		password: 'Correct horse battery staple 1!',
		saltHex: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
		aHex: a,
		bHex: b,
		secretBlock: Buffer.from('secret block one').toString('base64'),
		timestamp: 'Tue Nov 3 07:05:09 UTC 2026',
	}),
	await vector({
		name: 'salt with a leading zero byte loses it; non-ASCII password hashed as UTF-8',
		realm: 'AbCdEf123',
		identity: '6f1c2a7e-3b1d-4c1e-9f00-5d2b8e7a9c10',
		password: 'pässwörd-✓-密码',
		saltHex: '000a1b2c3d4e5f60718293a4b5c6d7e8',
		aHex: '0'.repeat(4) + '3f'.repeat(126),
		bHex: 'e5'.repeat(32),
		secretBlock: Buffer.from('secret block two, a little longer').toString('base64'),
		timestamp: 'Mon Mar 9 23:59:59 UTC 2026',
	}),
	await vector({
		name: 'device: group key as realm, device key as identity',
		realm: '-abcDEF12',
		identity: 'us-east-1_0f6e7d7c-2a4b-4c5d-8e9f-a0b1c2d3e4f5',
		password: 'Rm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXV4cXV1',
		saltHex: '5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a',
		aHex: '11'.repeat(128),
		bHex: '22'.repeat(32),
		secretBlock: Buffer.from('device secret block').toString('base64'),
		timestamp: 'Tue Nov 3 07:05:09 UTC 2026',
	}),
];
process.stdout.write(`${JSON.stringify(vectors, null, 2)}\n`);

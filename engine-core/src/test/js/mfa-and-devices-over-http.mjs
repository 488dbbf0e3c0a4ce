// Drives MFA and device tracking with the real amazon-cognito-identity-js client, its own HTTP
// client and all, against a Cairn server whose pool has TOTP MFA OPTIONAL and device tracking on
// (ChallengeRequiredOnNewDevice, DeviceOnlyRememberedOnUserPrompt):
//   1. sign in (SRP); the client confirms the new device it is given (ConfirmDevice);
//   2. associateSoftwareToken -> verifySoftwareToken (a TOTP computed here) -> setUserMfaPreference;
//   3. sign out; sign in -> totpRequired -> sendMFACode(..., 'SOFTWARE_TOKEN_MFA'); setDeviceStatusRemembered;
//   4. sign out; sign in again from the remembered device: DEVICE_SRP_AUTH, no MFA prompt; listDevices;
//   5. a tampered device secret is refused; 6. forgetDevice; 7. a sign-in naming the forgotten device
//   is refused with ResourceNotFoundException, which the client retries without it.
// Prints one JSON line with what happened, or {"error": ...}.
//
//   node mfa-and-devices-over-http.mjs <endpoint> <userPoolId> <clientId> <username> <password>
import { createRequire } from 'node:module';
import { createHmac } from 'node:crypto';

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');

// Storage as a browser's localStorage behaves: a missing key reads null.
const items = new Map();
const localStorage = {
	getItem: key => (items.has(key) ? items.get(key) : null),
	setItem: (key, value) => items.set(key, String(value)),
	removeItem: key => items.delete(key),
	clear: () => items.clear(),
};

const [endpoint, userPoolId, clientId, username, password] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint, Storage: localStorage });

// RFC 6238 as authenticator apps compute it: HMAC-SHA1, 6 digits, 30-second steps.
function base32Decode(text) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = 0;
	let value = 0;
	const out = [];
	for (const c of text.replace(/=+$/, '').toUpperCase()) {
		value = (value << 5) | alphabet.indexOf(c);
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}

function totp(secret, step) {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(step));
	const h = createHmac('sha1', base32Decode(secret)).update(counter).digest();
	const o = h[h.length - 1] & 0x0f;
	const binary = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
	return String(binary % 1000000).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 30000);

function newUser() {
	return new CognitoUser({ Username: username, Pool: pool, Storage: localStorage });
}

// Signs in; `prompts` records every challenge callback the client was given.
function signIn(user, prompts, answers = {}) {
	return new Promise((resolve, reject) => {
		const callbacks = {
			onSuccess: (session, userConfirmationNecessary) => resolve({ session, userConfirmationNecessary }),
			onFailure: err => reject(err),
			totpRequired: challengeName => {
				prompts.push(challengeName);
				if (!answers.totp) return reject(new Error(`unexpected ${challengeName}`));
				user.sendMFACode(answers.totp(), callbacks, 'SOFTWARE_TOKEN_MFA');
			},
			mfaRequired: name => reject(new Error(`unexpected ${name}`)),
			selectMFAType: name => reject(new Error(`unexpected ${name}`)),
			mfaSetup: name => reject(new Error(`unexpected ${name}`)),
			newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
		};
		user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
	});
}

const call = (fn) => new Promise((resolve, reject) => fn({ onSuccess: resolve, onFailure: reject }));
const node = (fn) => new Promise((resolve, reject) => fn((err, data) => (err ? reject(err) : resolve(data))));

try {
	const result = {};
	// 1. The first sign-in gets NewDeviceMetadata; the client confirms the device.
	let user = newUser();
	const first = await signIn(user, []);
	result.userConfirmationNecessary = first.userConfirmationNecessary === true;
	const deviceKeyItem = `CognitoIdentityServiceProvider.${clientId}.${username}.deviceKey`;
	result.deviceKey = localStorage.getItem(deviceKeyItem);

	// 2. An authenticator app: associate, verify with a code of the previous step (the current one stays unspent), prefer TOTP.
	const secret = await new Promise((resolve, reject) => user.associateSoftwareToken({
		associateSecretCode: resolve, onFailure: reject,
	}));
	result.secretLength = secret.length;
	await call(cb => user.verifySoftwareToken(totp(secret, currentStep() - 1), 'node', cb));
	await node(cb => user.setUserMfaPreference(null, { PreferredMfa: true, Enabled: true }, cb));

	// 3. Sign out; the next sign-in asks the authenticator's code; then the device is remembered.
	user.signOut();
	user = newUser();
	const prompts = [];
	await signIn(user, prompts, { totp: () => totp(secret, currentStep()) });
	result.secondSignInPrompts = prompts;
	await call(cb => user.setDeviceStatusRemembered(cb));

	// 4. Sign out; from the remembered device the sign-in goes through DEVICE_SRP_AUTH, with no MFA prompt.
	user.signOut();
	user = newUser();
	const thirdPrompts = [];
	await signIn(user, thirdPrompts);
	result.thirdSignInPrompts = thirdPrompts;
	const listed = await call(cb => user.listDevices(60, null, cb));
	result.devices = listed.Devices.map(d => ({
		key: d.DeviceKey,
		remembered: d.DeviceAttributes.find(a => a.Name === 'dev:device_remembered_status')?.Value,
	}));

	// 5. A tampered device secret is refused.
	const passwordItem = `CognitoIdentityServiceProvider.${clientId}.${username}.randomPasswordKey`;
	const kept = localStorage.getItem(passwordItem);
	localStorage.setItem(passwordItem, `${kept}tampered`);
	try {
		await signIn(newUser(), []);
		result.tampered = 'accepted';
	} catch (err) {
		result.tampered = err.code || err.name;
	}
	localStorage.setItem(passwordItem, kept);

	// 6. The device is forgotten.
	const groupKeyItem = `CognitoIdentityServiceProvider.${clientId}.${username}.deviceGroupKey`;
	const forgotten = [deviceKeyItem, passwordItem, groupKeyItem].map(k => [k, localStorage.getItem(k)]);
	await call(cb => user.forgetDevice(cb));
	result.deviceKeyAfterForget = localStorage.getItem(deviceKeyItem);

	// 7. A browser that still keeps the forgotten device signs in: the server answers
	// ResourceNotFoundException, the client retries without the device, and MFA is asked again
	// (a code of the next step: this step's code is spent). The client confirms the new device it is given.
	forgotten.forEach(([k, v]) => localStorage.setItem(k, v));
	const retriedPrompts = [];
	await signIn(newUser(), retriedPrompts, { totp: () => totp(secret, currentStep() + 1) });
	result.retriedPrompts = retriedPrompts;
	result.newDeviceKey = localStorage.getItem(deviceKeyItem);
	process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (err) {
	process.stdout.write(`${JSON.stringify({ error: { code: err.code || err.name, message: err.message } })}\n`);
	process.exitCode = 1;
}
